"""The red-flag indicators: names, meanings and prior weights. Patterns live per language
in `classifier/indicators/lang/<code>.py`; every name they use must be registered here.

Prior weights are log-odds used by the rules-only score (`rules_risk`, the baseline and
the cascade); the trained model learns its own weights, which the explanation reports.
Negative weights are counter-signals: the language of warnings, news and licensed
agencies, which quote lures without being lures.
"""

from __future__ import annotations

from dataclasses import dataclass

REGISTRY_VERSION = "2026.11.3"


@dataclass(frozen=True)
class IndicatorDef:
    name: str
    prior: float
    description: str


_DEFS = (
    IndicatorDef(
        "pay_above_market",
        1.2,
        "Pay far above the market for entry-level work ('high salary', 'earn up to').",
    ),
    IndicatorDef(
        "travel_paid",
        1.2,
        "Travel, visa, tickets, housing or food paid or provided by the 'employer'.",
    ),
    IndicatorDef(
        "no_experience",
        0.6,
        "No experience, qualification or skills needed; 'basic computer/English only'.",
    ),
    IndicatorDef(
        "high_risk_role",
        0.7,
        "Roles used by scam centres: customer service, typing, data entry, digital "
        "marketing, online casino or game operator, crypto/investment chat support.",
    ),
    IndicatorDef(
        "hotspot_destination",
        1.3,
        "Places known for scam compounds: Myawaddy, KK Park, Shwe Kokko, Tachileik, "
        "Sihanoukville, Bavet, Poipet, Golden Triangle SEZ, Bokeo, Mae Sot...",
    ),
    IndicatorDef(
        "private_contact_only",
        0.8,
        "Contact only through a private messaging app or DM (Telegram, WhatsApp, "
        "WeChat, Line, inbox).",
    ),
    IndicatorDef("urgency", 0.5, "Pressure: urgent, fly next week, few places left."),
    IndicatorDef(
        "tourist_visa", 1.4, "Travel on a tourist or visit visa for a job, or 'visa changed later'."
    ),
    IndicatorDef(
        "passport_requested",
        1.0,
        "Passport or ID copies requested up front, or the passport kept by the company.",
    ),
    IndicatorDef(
        "credentials_requested",
        1.5,
        "Asks for one-time codes (OTP/SMS code), PINs, passwords or banking logins, card "
        "numbers or CVV, or a selfie with ID, 'to set up your salary account'.",
    ),
    IndicatorDef(
        "upfront_fee",
        1.3,
        "The applicant pays first: registration, training or course, uniform, ID card, "
        "medical or drug test, file-opening or visa processing fee, a deposit to hold the "
        "place, or a bribe for a government post.",
    ),
    IndicatorDef(
        "recruit_friends_commission",
        0.9,
        "A commission or bonus for bringing friends or recruiting others.",
    ),
    IndicatorDef(
        "pay_per_task",
        1.5,
        "Pay per like, follow, review, rating or order ('order grabbing', "
        "'boost products'), tasks with top-ups.",
    ),
    IndicatorDef(
        "daily_pay_little_work",
        1.1,
        "Big daily pay for little work: '1-2 hours a day', 'from your phone', 'paid daily'.",
    ),
    IndicatorDef(
        "account_rental",
        1.8,
        "Renting or buying bank accounts, e-wallets, SIM cards or exchange accounts.",
    ),
    IndicatorDef(
        "brand_impersonation",
        0.9,
        "Recruiting in the name of a known brand or marketplace ('HR of Amazon', "
        "'Shopee part-time team').",
    ),
    IndicatorDef(
        "money_transfer_role",
        1.6,
        "Receive money into your account and pass it on, cash out, 'payment agent'.",
    ),
    IndicatorDef(
        "scam_script_role",
        1.4,
        "Work that is itself fraud: retention/reload/chargeback sales, 'closers' for "
        "investment platforms, chatting to clients from scripts or fake profiles.",
    ),
    IndicatorDef(
        "compound_conditions",
        1.2,
        "Compound-style terms: company dormitory with 10-12 hour shifts, fixed "
        "contract with penalty, passport held, not allowed to leave.",
    ),
    IndicatorDef("overseas_work", 0.3, "Work abroad or in another region (weak on its own)."),
    IndicatorDef(
        "awareness_language",
        -1.6,
        "Warnings: beware, scam alert, do not believe, report, verify with the embassy.",
    ),
    IndicatorDef(
        "news_language",
        -1.3,
        "Reporting: police arrested, rescued, repatriated, court sentenced, officials said.",
    ),
    IndicatorDef(
        "licensed_recruitment",
        -1.4,
        "Licensed or government recruitment: licence number, DMW/POEA, BP2MI, EPS, "
        "'no placement fee', written contract.",
    ),
)

INDICATORS: dict[str, IndicatorDef] = {d.name: d for d in _DEFS}
NAMES: tuple[str, ...] = tuple(INDICATORS)
