"""The public "check a job offer" page: results in plain words, nothing stored unless
asked, rate limits, clear errors, and the translation plumbing (catalogues read from
.po at start-up, language from the switcher, the pasted text or Accept-Language, RTL)."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po
from sqlalchemy import func, select
from starlette.testclient import TestClient

from lurewatch.config import Config
from lurewatch.storage import Database
from lurewatch.storage.models import PublicCheck
from review.app import create_app
from review.i18n import LOCALES, POT, Catalogues, extract, parse_accept_language
from tests.review_support import SECRET, FakeScorer, make_client, make_config

OFFER = "URGENT! Customer service job in Bangkok. Free visa and ticket. Contact @agent9"
TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


def form_token(client: TestClient, path: str = "/check") -> str:
    match = TOKEN.search(client.get(path).text)
    assert match
    return match.group(1)


def test_check_in_plain_words_with_flags_and_advice(tmp_path: Path, sqlite_db: Database) -> None:
    client = make_client(tmp_path, sqlite_db)
    page = client.get("/check")
    assert page.status_code == 200 and 'lang="en" dir="ltr"' in page.text
    assert "set-cookie" not in page.headers  # no session, no tracking
    response = client.post("/check", data={"text": OFFER, "form_token": form_token(client)})
    assert response.status_code == 200 and "set-cookie" not in response.headers
    html = response.text
    assert "High risk: this offer looks like a scam or a trafficking trap." in html
    assert "Risk score: 90 out of 100" in html
    assert "A trafficking lure" in html
    assert "4 red flags" in html and "<mark>visa</mark>" in html
    assert '<q dir="auto">Bangkok</q>' in html
    assert '<mark class="contact">@agent9</mark>' in html
    assert "Never hand over your passport." in html and "Never pay a fee" in html
    assert "Nothing you paste is kept." in html


def test_low_risk_is_never_called_safe(tmp_path: Path, sqlite_db: Database) -> None:
    client = make_client(tmp_path, sqlite_db)
    html = client.post(
        "/check", data={"text": "Beware of fake job offers!", "form_token": form_token(client)}
    ).text
    assert "We found no clear warning signs." in html
    assert "does not prove the offer is safe" in html
    assert "The text warns about scams." in html  # a counter-signal, shown apart


def test_nothing_is_stored_unless_turned_on(tmp_path: Path, sqlite_db: Database) -> None:
    client = make_client(tmp_path, sqlite_db)
    client.post("/check", data={"text": OFFER, "form_token": form_token(client)})
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count(PublicCheck.id))) == 0
    storing = make_client(tmp_path, sqlite_db, store_public_checks=True)
    page = storing.post("/check", data={"text": OFFER, "form_token": form_token(storing)})
    assert "The text you paste is kept" in page.text
    with sqlite_db.read() as session:
        row = session.scalars(select(PublicCheck)).one()
    assert (row.text, row.lang, row.category) == (OFFER, "en", "trafficking_lure")
    assert row.risk == pytest.approx(0.9)


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        ({"text": OFFER, "form_token": "forged"}, 400, "This form has expired."),
        ({"text": OFFER}, 400, "This form has expired."),
        ({"text": "   "}, 400, "Paste the text of the offer first."),
        ({"text": "visa " * 2001}, 400, "This text is too long. Paste at most 10,000 characters."),
    ],
)
def test_bad_input_is_400_with_the_form_kept(
    tmp_path: Path, sqlite_db: Database, data: dict[str, str], status: int, message: str
) -> None:
    client = make_client(tmp_path, sqlite_db)
    if "form_token" not in data and data["text"] != OFFER:
        data = dict(data, form_token=form_token(client))
    response = client.post("/check", data=data)
    assert response.status_code == status and message in response.text
    assert '<form method="post" action="/check"' in response.text


def test_rate_limit_per_address(tmp_path: Path, sqlite_db: Database) -> None:
    client = make_client(tmp_path, sqlite_db, check_per_minute=2)
    token = form_token(client)
    for _ in range(2):
        assert client.post("/check", data={"text": OFFER, "form_token": token}).status_code == 200
    limited = client.post("/check", data={"text": OFFER, "form_token": token})
    assert limited.status_code == 429 and "Wait a minute" in limited.text
    assert int(limited.headers["retry-after"]) > 0
    assert OFFER in limited.text  # kept in the form


def test_model_unavailable_is_503_not_500(tmp_path: Path, sqlite_db: Database) -> None:
    def broken(_config: Config) -> FakeScorer:
        raise FileNotFoundError("model.json missing")

    app = create_app(make_config(tmp_path, sqlite_db), sqlite_db, broken, secret_key=SECRET)
    client = TestClient(app)
    response = client.post("/check", data={"text": OFFER, "form_token": form_token(client)})
    assert response.status_code == 503 and "not available right now" in response.text
    assert "model.json" not in response.text


def test_public_check_can_be_turned_off(tmp_path: Path, sqlite_db: Database) -> None:
    client = make_client(tmp_path, sqlite_db, public_check=False)
    assert client.get("/check").status_code == 404


def test_help_contacts_per_country(tmp_path: Path, sqlite_db: Database) -> None:
    contacts = {
        "default": "IOM: https://www.iom.int/contact",
        "TH": "Thai hotline 1300 javascript:alert(1)",
    }
    client = make_client(tmp_path, sqlite_db, help_contacts=contacts)
    default = client.get("/check").text
    assert '<a href="https://www.iom.int/contact" rel="noopener noreferrer nofollow">' in default
    thai = client.get("/check", headers={"Accept-Language": "en-TH,en;q=0.8"}).text
    assert "Thai hotline 1300" in thai and 'value="TH" selected' in thai
    assert 'href="javascript' not in thai
    chosen = client.post(
        "/check", data={"text": OFFER, "form_token": form_token(client), "country": "TH"}
    ).text
    assert "Thai hotline 1300" in chosen


def test_public_errors_use_the_public_page(tmp_path: Path, sqlite_db: Database) -> None:
    client = make_client(tmp_path, sqlite_db)
    response = client.get("/check/nothing-here")
    assert response.status_code == 404 and "This page does not exist." in response.text
    assert "/static/public.css" in response.text


# --- translations ------------------------------------------------------------------------


def test_pot_is_up_to_date_with_the_sources() -> None:
    """Run `python -m review.i18n extract` (and `update`) after changing a string."""
    with POT.open("rb") as handle:
        pot = read_po(handle)
    assert {m.id for m in extract() if m.id} == {m.id for m in pot if m.id}


def test_english_catalogue_is_complete() -> None:
    with POT.open("rb") as handle:
        pot = read_po(handle)
    with (LOCALES / "en" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        english = read_po(handle)
    for message in pot:
        if not message.id:
            continue
        translated = english.get(message.id)
        assert translated is not None and not translated.fuzzy, message.id
        strings = (
            translated.string if isinstance(translated.string, tuple) else (translated.string,)
        )
        assert all(strings), message.id
    assert not list(LOCALES.rglob("*.mo"))  # catalogues are compiled in memory at start-up


def _fake_catalogue(root: Path, lang: str, prefix: str) -> None:
    with POT.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    for message in catalog:
        if message.id:
            if isinstance(message.id, tuple | list):
                message.string = tuple(prefix + message.id[1] for _ in range(catalog.num_plurals))
            else:
                message.string = prefix + message.id
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    target = root / lang / "LC_MESSAGES" / "messages.po"
    target.parent.mkdir(parents=True)
    target.write_bytes(buffer.getvalue())


@pytest.fixture
def multilingual(tmp_path: Path, sqlite_db: Database) -> TestClient:
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES / "en", locales / "en")
    _fake_catalogue(locales, "ar", "[ar] ")
    _fake_catalogue(locales, "th", "[th] ")
    app = create_app(
        make_config(tmp_path, sqlite_db),
        sqlite_db,
        lambda _c: FakeScorer(),
        locales=locales,
        secret_key=SECRET,
    )
    return TestClient(app)


def test_language_from_accept_language_with_rtl(multilingual: TestClient) -> None:
    arabic = multilingual.get("/check", headers={"Accept-Language": "ar-EG,ar;q=0.9,en;q=0.5"})
    assert 'lang="ar" dir="rtl"' in arabic.text
    assert "[ar] Check a job offer" in arabic.text
    french = multilingual.get("/check", headers={"Accept-Language": "fr-FR"})
    assert 'lang="en" dir="ltr"' in french.text  # no French catalogue yet: English


def test_switcher_wins_over_the_browser(multilingual: TestClient) -> None:
    page = multilingual.get("/check?lang=th", headers={"Accept-Language": "ar"}).text
    assert 'lang="th" dir="ltr"' in page and "[th] Check a job offer" in page
    assert 'href="/check?lang=ar" lang="ar"' in page  # the switcher lists every catalogue


def test_language_of_the_pasted_text(multilingual: TestClient) -> None:
    token = form_token(multilingual)
    thai = multilingual.post(
        "/check", data={"text": "งานด่วน visa ฟรี passport", "form_token": token}
    )
    assert 'lang="th"' in thai.text and "[th] Some warning signs" in thai.text
    arabic = multilingual.post("/check", data={"text": "وظيفة visa urgent", "form_token": token})
    assert 'dir="rtl"' in arabic.text
    chosen = multilingual.post(
        "/check", data={"text": "งานด่วน visa", "form_token": token, "lang": "ar"}
    )
    assert 'lang="ar"' in chosen.text  # the switcher wins over the text's language


def test_plural_forms_follow_the_language(multilingual: TestClient) -> None:
    page = multilingual.post(
        "/check",
        data={"text": OFFER, "form_token": form_token(multilingual), "lang": "ar"},
    ).text
    assert "[ar] %(n)s red flags".replace("%(n)s", "4") in page


def test_accept_language_parsing() -> None:
    assert parse_accept_language("th-TH, en;q=0.5, ar;q=0.9") == [
        ("th-th", "TH"),
        ("ar", None),
        ("en", None),
    ]
    assert parse_accept_language("g@rbage;;, *, en;q=0, fr;q=x") == []
    catalogues = Catalogues()
    assert catalogues.known("en-GB") == "en" and catalogues.known("xx") is None
    assert catalogues.translator("zz").lang == "en"


@pytest.mark.slow
def test_real_classifier_behind_the_check(tmp_path: Path, sqlite_db: Database) -> None:
    model = Path(__file__).resolve().parents[1] / "classifier" / "model" / "model.json"
    if not model.exists():
        pytest.skip(f"the bundled model is not trained yet ({model} missing)")
    from review.scoring import default_scorer_factory

    config = make_config(tmp_path, sqlite_db)
    client = TestClient(create_app(config, sqlite_db, default_scorer_factory, secret_key=SECRET))
    lure = (
        "URGENT hiring customer service staff in Myawaddy, salary 1500 USD, free visa and "
        "flight, no experience needed. Contact Telegram @hr_agent"
    )
    page = client.post("/check", data={"text": lure, "form_token": form_token(client)})
    assert page.status_code == 200
    assert "High risk" in page.text or "Some warning signs" in page.text
    assert "<mark>" in page.text
