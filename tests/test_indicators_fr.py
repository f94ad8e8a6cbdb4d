"""Red-flag indicator patterns for French (`classifier/indicators/lang/fr.py`): lures,
scams and crime recruitment as people write them, counter-signals, and ordinary posts that
must stay clean. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import fr as module
from tests.indicator_support import found, matcher_fixture, risky_indicators

matcher = matcher_fixture("fr")


# sentence -> the (indicator, span text) pairs it must produce
EXPECTED: dict[str, list[tuple[str, str]]] = {
    (
        "URGENT : recrutement de conseillers francophones pour Bangkok, billet "
        "d'avion et visa pris en charge, logé nourri."
    ): [
        ("urgency", "URGENT"),
        ("travel_paid", "billet d'avion et visa pris en charge"),
        ("travel_paid", "logé nourri"),
    ],
    "Poste de téléconseiller au Cambodge, salaire 1 800 $ par mois, aucune expérience requise.": [
        ("high_risk_role", "téléconseiller"),
        ("pay_above_market", "salaire 1 800 $"),
        ("no_experience", "aucune expérience requise"),
    ],
    "Job à Dubaï pour les jeunes, pas d’expérience, on s’occupe de tout.": [
        ("no_experience", "pas d’expérience"),
        ("travel_paid", "on s’occupe de tout"),
    ],
    "Vous partez avec un visa touristique, le permis de travail sera fait sur place.": [
        ("tourist_visa", "visa touristique"),
        ("tourist_visa", "le permis de travail sera fait sur place"),
    ],
    "Envoyez-nous une copie de votre passeport par WhatsApp pour réserver la place.": [
        ("passport_requested", "copie de votre passeport"),
    ],
    "Il faut payer les frais de dossier de 150 € avant le départ.": [
        ("upfront_fee", "frais de dossier"),
    ],
    "Mission simple : aimer des vidéos YouTube et gagner 80 € par jour depuis votre téléphone.": [
        ("pay_per_task", "aimer des vidéos"),
        ("daily_pay_little_work", "80 € par jour"),
    ],
    "Tu veux gagner vite ? Prête ton compte bancaire, tu gardes 10% sur chaque virement.": [
        ("account_rental", "Prête ton compte bancaire"),
        ("money_transfer_role", "tu gardes 10%"),
    ],
    (
        "Postes à Sihanoukville : dortoir fourni, 12 heures par jour, 6j/7, le "
        "passeport est conservé par la société."
    ): [
        ("hotspot_destination", "Sihanoukville"),
        ("compound_conditions", "12 heures par jour"),
    ],
    "Bonjour, je suis recruteuse chez Amazon, nous cherchons des personnes à temps partiel.": [
        ("brand_impersonation", "recruteuse chez Amazon"),
    ],
    "Parrainez vos amis et touchez une prime de parrainage de 50 €.": [
        ("recruit_friends_commission", "prime de parrainage"),
    ],
    "Agent de rétention pour une plateforme de trading, script fourni, objectif de dépôts.": [
        ("scam_script_role", "script fourni"),
    ],
    "Ici on cherche des gens pour travailler en Thaïlande, contact WhatsApp uniquement.": [
        ("overseas_work", "travailler en Thaïlande"),
        ("private_contact_only", "contact WhatsApp uniquement"),
    ],
    (
        "Attention aux fausses offres d'emploi en Thaïlande : ne payez jamais de "
        "frais et signalez l'annonce."
    ): [
        ("awareness_language", "ne payez jamais"),
    ],
    "La police a démantelé un réseau : 40 victimes ont été rapatriées, selon le ministère.": [
        ("news_language", "selon le ministère"),
    ],
    "Recrutement via l'ANAPEC, contrat de travail visé, aucun frais de recrutement.": [
        ("licensed_recruitment", "aucun frais de recrutement"),
        ("licensed_recruitment", "via l'ANAPEC"),
    ],
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "Pour activer votre compte salaire, envoyez-moi le code reçu par SMS et votre code "
        "secret Orange Money."
    ): [
        ("credentials_requested", "Pour activer votre compte salaire"),
        ("credentials_requested", "le code reçu par SMS"),
        ("credentials_requested", "code secret Orange Money"),
    ],
    (
        "Envoyez un selfie avec votre pièce d'identité et le numéro de carte, date "
        "d'expiration et cryptogramme."
    ): [
        ("credentials_requested", "selfie avec votre pièce d'identité"),
        ("credentials_requested", "numéro de carte, date d'expiration et cryptogramme"),
    ],
    "La formation est à votre charge (25 000 FCFA) et il faut acheter la tenue avant le début.": [
        ("upfront_fee", "La formation est à votre charge"),
        ("upfront_fee", "acheter la tenue"),
    ],
    # fake HR of a brand, rating and subscribing tasks, bank accounts bought, chat personas
    "Bonjour, je suis la recruteuse de chez Decathlon, votre profil nous intéresse.": [
        ("brand_impersonation", "recruteuse de chez Decathlon"),
    ],
    "Mission facile : notez des films sur l'appli, 4 € par note, le solde négatif se recharge.": [
        ("pay_per_task", "notez des films"),
        ("pay_per_task", "par note"),
        ("pay_per_task", "solde négatif"),
    ],
    "Je recherche des comptes bancaires Nickel, tu donnes tes identifiants et c'est tout.": [
        ("account_rental", "recherche des comptes bancaires"),
        ("account_rental", "donnes tes identifiants"),
    ],
    "Animatrice de tchat à domicile : tu incarnes des profils qu'on te fournit, payé au message.": [
        ("scam_script_role", "Animatrice de tchat"),
        ("scam_script_role", "profils qu'on te fournit"),
    ],
    "Il faut régler les frais d'ouverture de 30 €, remboursés dès le premier mois.": [
        ("upfront_fee", "régler les frais d'ouverture"),
        ("upfront_fee", "remboursés dès le premier mois"),
    ],
}
CASES = [(text, name, span) for text, pairs in EXPECTED.items() for name, span in pairs]


@pytest.mark.parametrize(("text", "name", "span"), CASES)
def test_finds_indicator_with_its_span(
    matcher: IndicatorMatcher, text: str, name: str, span: str
) -> None:
    assert (name, span) in found(matcher, text)


ORDINARY = [
    (
        "Boulangerie à Lyon cherche vendeur(se) en CDI, 35 h par semaine, se "
        "présenter en boutique avec CV."
    ),
    "Quelqu'un sait si le marché de Noël ouvre samedi ? On voudrait y aller avec les enfants.",
    "Le conseil municipal a voté le budget de la nouvelle piscine hier soir.",
    "Vacances à Bangkok en juillet : quelqu'un connaît un bon hôtel près du fleuve ?",
    # a bank's warning and a school's ad
    (
        "Votre banque ne vous demandera jamais votre code confidentiel : ne communiquez jamais "
        "votre code."
    ),
    "Cours d'anglais pour adultes à Dakar, inscriptions ouvertes jusqu'au 30 septembre.",
    # a delivery platform's real driver ad and a supermarket's own vacancy stay clean
    "Livreurs à vélo à Lille : rémunération par course, assurance incluse, inscription sur l'app.",
    "Le magasin Carrefour de Rennes embauche un employé de rayon en CDI, candidature en ligne.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_spans_point_into_the_original_text(matcher: IndicatorMatcher) -> None:
    for text in EXPECTED:
        for ind in matcher.find(text):
            assert text[ind.start : ind.end] == ind.text


def test_every_registered_indicator_has_phrases() -> None:
    assert set(module.PHRASES) == set(INDICATORS)
    assert all(len(phrases) >= 10 for phrases in module.PHRASES.values())
