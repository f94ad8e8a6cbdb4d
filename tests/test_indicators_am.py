"""Red-flag indicator patterns for Amharic (`classifier/indicators/lang/am.py`): lures, scams
and crime recruitment as people write them, counter-signals, ordinary posts that must stay
clean, and the two things Ge'ez typing varies on: sound-alike letters ("ሥራ"/"ስራ") and
punctuation typed against the word ("በነፃ።"). Sentences written for these tests, not taken
from the corpus."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import am as module
from tests.indicator_support import found, matcher_fixture, risky_indicators

matcher = matcher_fixture("am")


# sentence -> the (indicator, span text) pairs it must produce
EXPECTED: dict[str, list[tuple[str, str]]] = {
    "በታይላንድ የደንበኞች አገልግሎት ሥራ አለ\nደመወዝ 1200 ዶላር\nቪዛና ትኬት በነፃ": [
        ("high_risk_role", "የደንበኞች አገልግሎት"),
        ("pay_above_market", "ደመወዝ 1200 ዶላር"),
        ("travel_paid", "ቪዛና ትኬት በነፃ"),
    ],
    "ልምድ አያስፈልግም\nበቴሌግራም ያናግሩን": [
        ("no_experience", "ልምድ አያስፈልግም"),
        ("private_contact_only", "በቴሌግራም ያናግሩን"),
    ],
    "በቱሪስት ቪዛ ይሄዳሉ እዛ ሲደርሱ ቪዛ ይቀየራል": [
        ("tourist_visa", "በቱሪስት ቪዛ"),
        ("tourist_visa", "እዛ ሲደርሱ ቪዛ ይቀየራል"),
    ],
    "የፓስፖርት ኮፒ እና የምዝገባ ክፍያ 5000 ብር ይላኩ": [
        ("passport_requested", "የፓስፖርት ኮፒ"),
        ("upfront_fee", "የምዝገባ ክፍያ"),
    ],
    "ቪዲዮ ላይክ በማድረግ በቀን 500 ብር ያግኙ": [
        ("pay_per_task", "ላይክ በማድረግ"),
        ("daily_pay_little_work", "በቀን 500 ብር ያግኙ"),
    ],
    "የባንክ አካውንትዎን ያከራዩ\nበወር 5000 ብር እንከፍላለን": [
        ("account_rental", "አካውንትዎን ያከራዩ"),
    ],
    "ገንዘብ በአካውንትዎ ተቀብለው ወደምንሰጥዎ ቁጥር ያስተላልፋሉ": [
        ("money_transfer_role", "በአካውንትዎ ተቀብለው"),
        ("money_transfer_role", "ወደምንሰጥዎ ቁጥር"),
    ],
    "ምያዋዲ ውስጥ ባለው ድርጅታችን በቀን 12 ሰዓት ትሰራላችሁ": [
        ("hotspot_destination", "ምያዋዲ"),
        ("compound_conditions", "በቀን 12 ሰዓት"),
    ],
    "ጓደኞችዎን ይጋብዙ ለእያንዳንዱ ሰው ኮሚሽን ያገኛሉ": [
        ("recruit_friends_commission", "ጓደኞችዎን ይጋብዙ"),
        ("recruit_friends_commission", "ለእያንዳንዱ ሰው ኮሚሽን"),
    ],
    "የአማዞን ፓርት ታይም ሥራ ለሁሉም": [
        ("brand_impersonation", "የአማዞን ፓርት ታይም"),
        ("daily_pay_little_work", "ፓርት ታይም"),
    ],
    "ቦታው ውስን ነው በሚቀጥለው ሳምንት በረራ": [
        ("urgency", "ቦታው ውስን ነው"),
        ("urgency", "በሚቀጥለው ሳምንት በረራ"),
    ],
    "ስክሪፕት እንሰጣለን ከውጭ ዜጎች ጋር ቻት ታደርጋላችሁ": [
        ("scam_script_role", "ስክሪፕት እንሰጣለን"),
        ("scam_script_role", "ከውጭ ዜጎች ጋር ቻት"),
    ],
    "ተጠንቀቁ ሐሰተኛ የሥራ ማስታወቂያ ነው": [
        ("awareness_language", "ተጠንቀቁ"),
        ("awareness_language", "ሐሰተኛ የሥራ ማስታወቂያ"),
    ],
    "ፖሊስ እንዳስታወቀው 20 ሰዎች በቁጥጥር ሥር ውለዋል": [
        ("news_language", "ፖሊስ እንዳስታወቀው"),
        ("news_language", "በቁጥጥር ሥር ውለዋል"),
    ],
    "በሥራና ክህሎት ሚኒስቴር ፈቃድ ያለው ኤጀንሲ ነን ምንም ክፍያ አንጠይቅም": [
        ("licensed_recruitment", "በሥራና ክህሎት ሚኒስቴር"),
        ("licensed_recruitment", "ፈቃድ ያለው ኤጀንሲ"),
        ("licensed_recruitment", "ምንም ክፍያ አንጠይቅም"),
    ],
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    "የደመወዝ አካውንት ለመክፈት የደረሰዎትን ኮድ እና የቴሌብር ፒንዎን ይላኩ።": [
        ("credentials_requested", "የደመወዝ አካውንት ለመክፈት"),
        ("credentials_requested", "የደረሰዎትን ኮድ"),
        ("credentials_requested", "የቴሌብር ፒንዎን"),
    ],
    "መታወቂያ ይዘው ሰልፊ ይላኩ፣ የካርድ ቁጥር እና ሲቪቪ ደግሞ።": [
        ("credentials_requested", "መታወቂያ ይዘው ሰልፊ"),
        ("credentials_requested", "የካርድ ቁጥር እና ሲቪቪ"),
    ],
    "የሥልጠና ክፍያ 2000 ብር እና የዩኒፎርም ገንዘብ ሥራ ከመጀመርዎ በፊት ይከፈላል።": [
        ("upfront_fee", "የሥልጠና ክፍያ"),
        ("upfront_fee", "የዩኒፎርም ገንዘብ"),
    ],
    # fees paid in two parts, fake HR of the telco, task apps, bought exchange accounts,
    # prize callers paid in gift cards
    "ግማሹን ቅድሚያ ትከፍላላችሁ፣ ቀሪውን ስትደርሱ ትከፍላላችሁ": [
        ("upfront_fee", "ቅድሚያ ትከፍላላችሁ፣"),
        ("upfront_fee", "ቀሪውን ስትደርሱ"),
    ],
    "ለሜዲካል 3,500 ብር ይዛችሁ ኑ": [("upfront_fee", "ለሜዲካል 3,500 ብር")],
    "Ethio telecom HR Department: ለቃለ መጠይቅ ተመርጠዋል": [
        ("brand_impersonation", "Ethio telecom HR Department"),
    ],
    "ኢትዮ ቴሌኮም ኤችአር ነኝ": [("brand_impersonation", "ኢትዮ ቴሌኮም ኤችአር")],
    "ስራው ምርቶችን 5 ኮከብ መስጠትና ስክሪንሾት መላክ ነው": [
        ("pay_per_task", "5 ኮከብ መስጠትና"),
        ("pay_per_task", "ስክሪንሾት መላክ"),
    ],
    "ቪአይፒ ደረጃ 2 ላይ ለመድረስ ሪቻርጅ አድርገው ይጀምሩ": [
        ("pay_per_task", "ቪአይፒ ደረጃ 2"),
        ("pay_per_task", "ሪቻርጅ አድርገው"),
    ],
    "KYC yetemolal Bybit account enigezalen": [
        ("account_rental", "KYC yetemolal"),
        ("account_rental", "account enigezalen"),
    ],
    "ለሰዎች እየደወሉ ሎተሪ እንዳሸነፉ መንገርና በጊፍት ካርድ እንዲከፍሉ ማድረግ": [
        ("scam_script_role", "ሎተሪ እንዳሸነፉ መንገርና"),
        ("scam_script_role", "በጊፍት ካርድ እንዲከፍሉ"),
    ],
}
CASES = [(text, name, span) for text, pairs in EXPECTED.items() for name, span in pairs]


@pytest.mark.parametrize(("text", "name", "span"), CASES)
def test_finds_indicator_with_its_span(
    matcher: IndicatorMatcher, text: str, name: str, span: str
) -> None:
    assert (name, span) in found(matcher, text)


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        ("የውጭ ሀገር ሥራ ለወጣቶች", "overseas_work", "የውጭ ሀገር ሥራ"),
        ("የውጭ ሀገር ስራ ለወጣቶች", "overseas_work", "የውጭ ሀገር ስራ"),
        ("ነፃ ቪዛ አለ", "travel_paid", "ነፃ ቪዛ"),
        ("ነጻ ቪዛ አለ", "travel_paid", "ነጻ ቪዛ"),
        ("ሕገ ወጥ ደላሎችን ተጠንቀቁ", "awareness_language", "ሕገ ወጥ ደላሎችን"),
        ("ህገ ወጥ ደላሎች አሉ", "awareness_language", "ህገ ወጥ ደላሎች"),
    ],
)
def test_sound_alike_letters_are_both_matched(
    matcher: IndicatorMatcher, text: str, name: str, span: str
) -> None:
    assert (name, span) in found(matcher, text)


def test_phrases_are_found_with_ethiopic_punctuation_against_the_last_word(
    matcher: IndicatorMatcher,
) -> None:
    text = "ቪዛና ትኬት በነፃ። ደመወዝ 1,500 ዶላር፣ ምግብና መኝታ በነፃ፡፡ ልምድ አያስፈልግም፣"
    spans = {(i.name, i.text.rstrip("።፣፡")) for i in matcher.find(text)}
    assert {
        ("travel_paid", "ቪዛና ትኬት በነፃ"),
        ("pay_above_market", "ደመወዝ 1,500 ዶላር"),
        ("travel_paid", "ምግብና መኝታ በነፃ"),
        ("no_experience", "ልምድ አያስፈልግም"),
    } <= spans


ORDINARY = [
    "ነገ ጠዋት በቤተክርስቲያን የጸሎት ፕሮግራም አለ ሁላችሁም ኑ።",
    "በመርካቶ የሴቶች ልብስ በቅናሽ ዋጋ እንሸጣለን።",
    "የሂሳብ መምህር ይፈለጋል፣ ደመወዝ በስምምነት፣ አድራሻ አዳማ።",
    "የኢትዮጵያ ብሔራዊ ቡድን ትናንት አሸነፈ።",
    "ወደ ዱባይ ለእረፍት እሄዳለሁ፣ ጥሩ ሆቴል የሚያውቅ አለ?",
    # a bank's warning and a school's ad
    "ፒንዎን ለማንም አያጋሩ።",
    "የእንግሊዝኛ ቋንቋ ትምህርት ቤት አዲስ ክፍል ቅዳሜ ይጀምራል።",
    # a support job and a level of a training course are ordinary
    "የኮምፒውተር ጥገና ባለሙያ ይፈለጋል፣ ለደንበኞች refund ጥያቄዎች ምላሽ መስጠት፣ Level 1 ሰርተፊኬት።",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_a_fee_that_is_ruled_out_is_not_a_red_flag(matcher: IndicatorMatcher) -> None:
    names = {name for name, _ in found(matcher, "ምንም የመመዝገቢያ ክፍያ የለም")}
    assert names == {"licensed_recruitment"}


def test_spans_point_into_the_original_text(matcher: IndicatorMatcher) -> None:
    for text in EXPECTED:
        for ind in matcher.find(text):
            assert text[ind.start : ind.end] == ind.text


def test_every_registered_indicator_has_phrases() -> None:
    assert set(module.PHRASES) == set(INDICATORS)
    assert all(len(phrases) >= 15 for phrases in module._BASE.values())
