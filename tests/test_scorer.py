"""The real classifier (bundled model, real transformer): what a user sees.

Marked slow: the first run converts the transformer into the cache (~30 s).
"""

from __future__ import annotations

import json

import pytest

from classifier import RiskScorer, Score
from classifier.model import BUNDLED_DIR

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (BUNDLED_DIR / "model.json").is_file(), reason="no bundled model"),
]

LURES = {
    "en": "URGENT!! Customer service staff for a company in Bangkok, salary 1500$ + bonus, "
    "visa and air ticket FREE, food and accommodation provided. No experience. "
    "Contact Telegram @hr_bkk_jobs only.",
    "th": "รับสมัครแอดมินตอบแชท ทำงานที่เมียวดี เงินเดือน 35,000 บาท มีที่พักฟรี "
    "บินฟรี ไม่ต้องมีประสบการณ์ ติดต่อไลน์ @adm_mw88",
    "id": "Lowongan kerja ke Kamboja jadi CS online, gaji 1000 USD, tiket dan visa "
    "ditanggung perusahaan, mess gratis. Minat WA 0812-3456-7890",
    "sw": "Kazi Thailand! Huduma kwa wateja, mshahara $1200 kwa mwezi, tiketi na visa "
    "bure, malazi bure. Tuma ujumbe WhatsApp +254 712 345 678 haraka nafasi chache.",
}
SAFE = [
    "Beware of fake job offers promising free visa and USD 1,500 customer service jobs "
    "in Thailand. Verify agencies with the embassy before you travel.",
    "Anyone know a good mechanic near Cebu IT Park? My scooter won't start 😩",
    "Selling my rice cooker, barely used, 800 pesos, pick up in Quezon City.",
]


@pytest.fixture(scope="module")
def scorer() -> RiskScorer:
    return RiskScorer.load()


@pytest.mark.parametrize("lang", sorted(LURES))
def test_lures_are_flagged_with_reasons(scorer: RiskScorer, lang: str) -> None:
    text = LURES[lang]
    (score,) = scorer.score([text])
    assert score.flagged and score.risk >= scorer.threshold
    assert score.category == "trafficking_lure"
    assert score.lang == lang
    assert score.explanation.stage == "transformer"
    assert len(score.indicators) >= 2
    for ind in score.indicators:
        assert text[ind.start : ind.end] == ind.text
    assert score.contacts, "the contact should be extracted"


def test_harmless_posts_are_not_flagged(scorer: RiskScorer) -> None:
    for score in scorer.score(SAFE):
        assert not score.flagged, score


def test_bad_input(scorer: RiskScorer) -> None:
    empty, huge, odd = scorer.score(["   ", "free visa job " * 2000, "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏕᎳ"])
    assert empty.risk == 0 and "empty" in empty.explanation.notes[0]
    assert any("truncated" in n for n in huge.explanation.notes)
    assert 0.0 <= odd.risk <= 1.0  # an unknown script is still scored


def test_one_serialisation(scorer: RiskScorer) -> None:
    (score,) = scorer.score([LURES["en"]], ids=["post-1"])
    data = json.loads(json.dumps(score.to_dict()))
    assert data["id"] == "post-1" and data["model_version"] == scorer.model_version
    assert {"name", "text", "start", "end", "weight", "lang"} <= set(data["indicators"][0])
    assert isinstance(score, Score)


def test_cascade_skips_chatter_but_not_lures(scorer: RiskScorer) -> None:
    scores = scorer.score([*SAFE[1:], LURES["en"]])
    assert scores[-1].explanation.stage == "transformer"
    assert sum(s.explanation.stage == "cascade" for s in scores[:-1]) >= 1


def test_parallel_encoding_keeps_order_and_values(scorer: RiskScorer) -> None:
    # Posts run side by side in threads; each must get exactly the features it gets alone.
    texts = [*LURES.values(), *SAFE] * 3
    together = scorer.embed(texts)
    alone = [scorer.embed([t])[0] for t in texts[: len(LURES) + len(SAFE)]]
    for i, row in enumerate(together):
        assert (row == alone[i % len(alone)]).all()
    assert not (together[0] == together[1]).all()
