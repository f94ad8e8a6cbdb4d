"""Red-flag indicator patterns for Spanish (`classifier/indicators/lang/es.py`): lures,
scams and crime recruitment as people write them, counter-signals, and ordinary posts that
must stay clean. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import es as module
from tests.indicator_support import found, matcher_fixture, risky_indicators

matcher = matcher_fixture("es")


# sentence -> the (indicator, span text) pairs it must produce
EXPECTED: dict[str, list[tuple[str, str]]] = {
    (
        "¡URGENTE! Se busca personal para atención al cliente en Tailandia, pasaje y "
        "visa pagados, alojamiento incluido."
    ): [
        ("urgency", "URGENTE"),
        ("high_risk_role", "atención al cliente"),
        ("travel_paid", "pasaje y visa pagados"),
    ],
    "Sueldo 1,800 dólares mensuales, no se requiere experiencia, solo inglés básico.": [
        ("pay_above_market", "Sueldo 1,800 dólares"),
        ("no_experience", "no se requiere experiencia"),
    ],
    "Viajas con visa de turista y el permiso de trabajo se tramita allá.": [
        ("tourist_visa", "visa de turista"),
    ],
    "Mándame foto de tu pasaporte por WhatsApp para apartar tu lugar.": [
        ("passport_requested", "Mándame foto de tu pasaporte"),
        ("upfront_fee", "para apartar tu lugar"),
    ],
    "Antes de viajar hay que pagar la cuota de inscripcion, todo por Western Union.": [
        ("upfront_fee", "cuota de inscripcion"),
    ],
    "Gana 400 pesos diarios dando like a videos de TikTok desde tu celular.": [
        ("daily_pay_little_work", "400 pesos diarios"),
        ("pay_per_task", "like a videos"),
    ],
    "Presta tu cuenta bancaria para recibir transferencias, te quedas con el 10%.": [
        ("account_rental", "Presta tu cuenta"),
        ("money_transfer_role", "te quedas con el 10%"),
    ],
    "En Myawaddy: 12 horas diarias, un día libre al mes, multa si renuncias antes del contrato.": [
        ("hotspot_destination", "Myawaddy"),
        ("compound_conditions", "12 horas diarias"),
    ],
    "Hola, soy reclutadora de Mercado Libre, buscamos personal part time.": [
        ("brand_impersonation", "reclutadora de Mercado Libre"),
    ],
    "Trae a tus amigos y gana un bono por referido.": [
        ("recruit_friends_commission", "bono por referido"),
    ],
    (
        "Buscamos cerradores para plataforma de inversión, guion proporcionado, "
        "tienen que lograr que depositen."
    ): [
        ("scam_script_role", "cerradores"),
    ],
    "Chamba para trabajar en Camboya, escribime al privado y te paso info.": [
        ("overseas_work", "trabajar en Camboya"),
        ("private_contact_only", "escribime al privado"),
    ],
    (
        "Cuidado con las ofertas falsas de trabajo en Tailandia, nunca paguen por una"
        " vacante y denuncien."
    ): [
        ("awareness_language", "ofertas falsas"),
    ],
    "La policía detuvo a tres personas y 25 víctimas fueron rescatadas, según la fiscalía.": [
        ("news_language", "fueron rescatadas"),
    ],
    (
        "Agencia de colocación autorizada por la STPS, contrato por escrito, no "
        "cobramos comisión al trabajador."
    ): [
        ("licensed_recruitment", "Agencia de colocación autorizada"),
    ],
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "Para activar tu cuenta de nómina, pásame el código de 6 dígitos que te llegó por SMS "
        "y tu NIP."
    ): [
        ("credentials_requested", "Para activar tu cuenta de nómina"),
        ("credentials_requested", "tu NIP"),
    ],
    (
        "Manda una selfie con tu INE y el número de tarjeta, fecha de vencimiento y CVV para "
        "darte de alta."
    ): [
        ("credentials_requested", "selfie con tu INE"),
        ("credentials_requested", "número de tarjeta, fecha de vencimiento y CVV"),
    ],
    "Antes de empezar tienes que pagar la capacitación y el uniforme corre por tu cuenta.": [
        ("upfront_fee", "tienes que pagar la capacitación"),
        ("upfront_fee", "el uniforme corre por tu cuenta"),
    ],
    # fake HR of a brand, rating tasks, chat personas, fees for a course or a background check
    "Buenas tardes, soy analista de selección de Sodimac y revisé su perfil para trabajo remoto.": [
        ("brand_impersonation", "analista de selección de Sodimac"),
    ],
    "Gana desde casa calificando hoteles, te pagamos por cada reseña que dejes.": [
        ("pay_per_task", "calificando hoteles"),
        ("pay_per_task", "por cada reseña"),
    ],
    "Buscamos operadoras de chat: te damos un perfil armado y una guía de conversación.": [
        ("scam_script_role", "operadoras de chat"),
        ("scam_script_role", "perfil armado"),
        ("scam_script_role", "guía de conversación"),
    ],
    "Para empezar, el curso obligatorio cuesta 90 dólares, pagas con tarjeta de regalo.": [
        ("upfront_fee", "el curso obligatorio cuesta"),
        ("upfront_fee", "con tarjeta de regalo"),
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
        "Se solicita cajera para minisúper en Zapopan, turno matutino, presentarse "
        "con solicitud elaborada."
    ),
    "¿Alguien sabe a qué hora abre el mercado el domingo? Quiero comprar fruta para la semana.",
    "Mañana juega el Atlético contra el Betis, ¿quién se apunta a verlo en el bar?",
    "Ayer llovió muchísimo en Medellín y se inundaron varias calles del centro.",
    # a bank's warning and a school's ad
    "Tu banco te recuerda: nunca compartas tu clave dinámica ni tu NIP con nadie.",
    "Academia de inglés en Guadalajara: inscripciones abiertas, grupos de sábado.",
    # a real delivery job and a supermarket's own vacancy stay clean
    "Repartidor en moto para farmacia en Bogotá, pago por pedido entregado más salario base.",
    "Supermercado en Valencia busca reponedor con contrato indefinido, entrega tu CV en tienda.",
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
