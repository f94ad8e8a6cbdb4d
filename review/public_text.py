"""The words of the public check page that come from code rather than templates: risk
levels, kinds of fraud, red flags and errors. Marked with N_() for extraction and
translated where they are shown (see review/i18n.py). Keep the English ids stable:
every catalogue is keyed by them.
"""

from __future__ import annotations

from review.i18n import N_

RISK_HEADLINES = {
    # Translators: the verdict at the top of the result, in plain words.
    "high": N_("High risk: this offer looks like a scam or a trafficking trap."),
    "medium": N_("Some warning signs: be careful with this offer."),
    "low": N_("We found no clear warning signs."),
}
RISK_EXPLAINERS = {
    "high": N_(
        "Many people who answered offers like this were deceived, lost money or were "
        "forced to work. Do not travel, pay or send documents until you have checked it."
    ),
    "medium": N_(
        "Parts of this offer are often used to deceive job seekers. Check the employer "
        "before you answer."
    ),
    "low": N_(
        "That does not prove the offer is safe: this is an automatic check and it can be "
        "wrong. Follow the advice below anyway."
    ),
}

# The classifier's categories (classifier.types.CATEGORIES), as a job seeker would say it.
CATEGORIES = {
    "trafficking_lure": N_(
        "A trafficking lure: a job abroad used to take people to scam compounds or forced labour."
    ),
    "job_scam": N_(
        "A job scam: a fake job that ends with you paying money or doing paid 'tasks' that "
        "never pay out."
    ),
    "crime_recruitment": N_(
        "Recruitment into crime: for example moving money through your bank account or "
        "working for a fraud operation."
    ),
    "legitimate_job": N_("It reads like an ordinary job offer."),
    "not_recruitment": N_("It does not look like a job offer."),
}

# The classifier's indicator names (classifier/indicators/registry.py), in plain words.
# A new indicator without an entry here is shown by its name until one is added.
RED_FLAGS = {
    "pay_above_market": N_("The pay is far higher than normal for this kind of work."),
    "travel_paid": N_("Travel, visa, housing or food are offered for free."),
    "no_experience": N_("No experience or qualifications are needed."),
    "high_risk_role": N_(
        "The job (customer service, typing, online marketing, chat support) is one that "
        "scam compounds advertise."
    ),
    "hotspot_destination": N_("The place of work is known for scam compounds."),
    "private_contact_only": N_("You can only reply through a private chat app or message."),
    "urgency": N_("You are pushed to decide or travel quickly."),
    "tourist_visa": N_("You would travel on a tourist or visit visa to work."),
    "passport_requested": N_("They ask for your passport or ID, or keep it."),
    "credentials_requested": N_(
        "They ask for a code, PIN or password, or your card or bank details."
    ),
    "upfront_fee": N_("You must pay a fee or deposit first."),
    "recruit_friends_commission": N_("You are paid for bringing friends."),
    "pay_per_task": N_("You are paid per like, review, order or task."),
    "daily_pay_little_work": N_("Big pay for very little work."),
    "account_rental": N_("They want to rent or buy your bank account, e-wallet or SIM card."),
    "brand_impersonation": N_("They use the name of a well-known company."),
    "money_transfer_role": N_("The job is receiving money and passing it on."),
    "scam_script_role": N_("The work itself is deceiving other people."),
    "compound_conditions": N_(
        "Hard conditions: long shifts, living on site, penalties or not being allowed to leave."
    ),
    "overseas_work": N_("The job is abroad."),
}
# Counter-signals (negative weight): shown apart, as reasons the offer may be genuine.
GOOD_SIGNS = {
    "awareness_language": N_("The text warns about scams."),
    "news_language": N_("The text reads like a news report."),
    "licensed_recruitment": N_("It mentions a licensed agency or a government programme."),
}
CONTACT_KINDS = {
    "phone": N_("Phone"),
    "whatsapp": N_("WhatsApp"),
    "telegram": N_("Telegram"),
    "wechat": N_("WeChat"),
    "line": N_("LINE"),
    "viber": N_("Viber"),
    "email": N_("Email"),
    "url": N_("Link"),
}

ERRORS = {
    "empty": N_("Paste the text of the offer first."),
    "too_long": N_("This text is too long. Paste at most %(limit)s characters."),
    "expired": N_("This form has expired. Please try again."),
    "rate_limited": N_(
        "You have checked many offers in a short time. Wait a minute and try again."
    ),
    "unavailable": N_("The checker is not available right now. Please try again later."),
    "not_found": N_("This page does not exist."),
    "bad_request": N_("Something in the form was not right. Please try again."),
}
