"""One module of indicator patterns per language (ISO 639-1 code; `xx`: any language).

Each module defines:
- `LANG`: the code.
- `CHAR_LEVEL` (optional, default False): True for scripts written without spaces (th,
  zh, my); phrases are then found anywhere inside running text.
- `PHRASES`: {indicator name: [phrases as people write them]}; they are normalised like
  the text (case, accents, digits, obfuscations), so write each once, naturally.
- `TOKEN_PATTERNS` (optional): {indicator name: [spaCy Matcher patterns]} for phrasings
  with gaps or variants ("free {visa|ticket|food}"). String values are normalised too.

Keep phrases specific enough not to fire on ordinary posts: "visa" alone is not a red
flag, "free visa" is.
"""
