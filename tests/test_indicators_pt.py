"""Red-flag indicator patterns for Portuguese (`classifier/indicators/lang/pt.py`): lures,
scams and crime recruitment as people write them, counter-signals, and ordinary posts that
must stay clean. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import pt as module
from tests.indicator_support import found, matcher_fixture, risky_indicators

matcher = matcher_fixture("pt")


# sentence -> the (indicator, span text) pairs it must produce
EXPECTED: dict[str, list[tuple[str, str]]] = {
    (
        "URGENTE! Vagas para atendimento ao cliente na Tailândia, passagem e visto "
        "pagos pela empresa, moradia inclusa."
    ): [
        ("urgency", "URGENTE"),
        ("high_risk_role", "atendimento ao cliente"),
        ("travel_paid", "passagem e visto pagos"),
    ],
    "Salário de 2.000 dólares por mês, não precisa de experiência, só inglês básico.": [
        ("pay_above_market", "Salário de 2.000 dólares"),
        ("no_experience", "não precisa de experiência"),
    ],
    "Você embarca com visto de turista e depois troca o visto lá.": [
        ("tourist_visa", "visto de turista"),
    ],
    "Manda uma foto do seu passaporte no zap pra garantir sua vaga.": [
        ("passport_requested", "Manda uma foto do seu passaporte"),
    ],
    "Para começar tem taxa de inscrição de R$ 150 e o curso obrigatório.": [
        ("upfront_fee", "taxa de inscrição"),
    ],
    "Ganhe R$ 120 por dia curtindo vídeos no TikTok pelo celular.": [
        ("daily_pay_little_work", "R$ 120 por dia"),
        ("pay_per_task", "curtindo vídeos"),
    ],
    "Empresta sua conta do Nubank pra receber pix e repassar, você fica com 10%.": [
        ("account_rental", "sua conta do Nubank"),
        ("money_transfer_role", "receber pix"),
    ],
    "No parque em Myawaddy: 12 horas por dia, uma folga por mês, multa se desistir.": [
        ("hotspot_destination", "Myawaddy"),
        ("compound_conditions", "multa se desistir"),
    ],
    "Oi, aqui é do RH da Shopee, temos vagas home office.": [
        ("brand_impersonation", "RH da Shopee"),
    ],
    "Indique um amigo e ganhe bônus por indicação.": [
        ("recruit_friends_commission", "bônus por indicação"),
    ],
    "Procuramos fechadores para plataforma cripto, roteiro pronto, meta de depósitos.": [
        ("scam_script_role", "roteiro pronto"),
    ],
    "Bora trabalhar no Camboja? Me chama no pv que eu explico.": [
        ("overseas_work", "trabalhar no Camboja"),
        ("private_contact_only", "Me chama no pv"),
    ],
    "Cuidado com vagas falsas no exterior! Nunca pague taxa e denuncie no Disque 100.": [
        ("awareness_language", "vagas falsas"),
    ],
    (
        "A Polícia Federal prendeu quatro suspeitos e 30 brasileiros foram "
        "resgatados, segundo o Itamaraty."
    ): [
        ("news_language", "foram resgatados"),
    ],
    "Agência licenciada pelo IEFP, contrato de trabalho assinado e sem taxas para o candidato.": [
        ("licensed_recruitment", "licenciada pelo IEFP"),
    ],
    "Vagas para a Tailandia, passagem e visto pagos, sem experiencia.": [
        ("travel_paid", "passagem e visto pagos"),
    ],
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    "Pra ativar sua conta salário, me manda o código que chegou por SMS e a senha do cartão.": [
        ("credentials_requested", "ativar sua conta salário"),
        ("credentials_requested", "código que chegou por SMS"),
        ("credentials_requested", "senha do cartão"),
    ],
    "Envie uma selfie segurando o documento e o número do cartão, validade e CVV.": [
        ("credentials_requested", "selfie segurando o documento"),
        ("credentials_requested", "número do cartão, validade e CVV"),
    ],
    "Você tem que pagar o treinamento e a taxa do uniforme antes de começar.": [
        ("upfront_fee", "Você tem que pagar o treinamento"),
        ("upfront_fee", "taxa do uniforme"),
    ],
    # fees paid first, fake HR of a brand, paid tasks, renting accounts, scam call work
    "Para continuar no processo, pague a taxa de ativação e envie o comprovante.": [
        ("upfront_fee", "taxa de ativação"),
        ("upfront_fee", "envie o comprovante"),
    ],
    "Olá, sou do RH da Magalu e você foi selecionada para a vaga de home office.": [
        ("brand_impersonation", "sou do RH da"),
        ("brand_impersonation", "você foi selecionada"),
    ],
    "Siga perfis no Instagram, R$ 2 por seguidor, e mande o print no grupo.": [
        ("pay_per_task", "Siga perfis"),
        ("pay_per_task", "por seguidor"),
        ("pay_per_task", "mande o print"),
    ],
    "Recarregue R$ 100 e receba R$ 140 em uma hora, é só seguir as tarefas.": [
        ("pay_per_task", "Recarregue R$ 100 e receba"),
    ],
    "Tem uma conta parada? Pagamos pela sua conta, só precisa do cartão e PIN.": [
        ("account_rental", "conta parada"),
        ("account_rental", "Pagamos pela sua conta"),
    ],
    "Você vai atender como operador de chat usando perfis prontos e fotos fornecidas.": [
        ("scam_script_role", "operador de chat"),
        ("scam_script_role", "perfis prontos"),
    ],
}
CASES = [(text, name, span) for text, pairs in EXPECTED.items() for name, span in pairs]


@pytest.mark.parametrize(("text", "name", "span"), CASES)
def test_finds_indicator_with_its_span(
    matcher: IndicatorMatcher, text: str, name: str, span: str
) -> None:
    assert (name, span) in found(matcher, text)


ORDINARY = [
    "Padaria no centro de Curitiba contrata balconista, enviar currículo na loja.",
    "Alguém sabe se a feira de domingo vai abrir mesmo com a chuva?",
    "O Flamengo ganhou de virada ontem, que jogo!",
    "Fim de semana em Bangkok com a família, alguém recomenda restaurante?",
    # a bank's warning and a school's ad
    "O banco nunca pede sua senha: nunca passe sua senha nem o código por telefone.",
    "Curso de inglês no centro de Curitiba, turmas à noite, matrículas abertas.",
    # a freelance job paid per video and a sales job
    "Editor de vídeo freelancer, R$ 90 por vídeo editado, pagamento via Pix toda sexta.",
    "Vendedor(a) de loja de móveis em Campinas, salário fixo mais comissão sobre vendas.",
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
