"""Red-flag indicator patterns for Russian (`classifier/indicators/lang/ru.py`): lures, scams
and crime recruitment as people write them, counter-signals, and ordinary posts that must
stay clean. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import ru as module
from tests.indicator_support import found, matcher_fixture, risky_indicators

matcher = matcher_fixture("ru")


# sentence -> the (indicator, span text) pairs it must produce
EXPECTED: dict[str, list[tuple[str, str]]] = {
    (
        "Срочно требуются операторы чата в Таиланд! Зарплата от 1500$, перелёт и "
        "проживание за счёт компании."
    ): [
        ("urgency", "Срочно требуются"),
        ("high_risk_role", "операторы чата"),
        ("pay_above_market", "Зарплата от 1500$"),
        ("travel_paid", "перелёт и проживание за счёт компании"),
    ],
    "Опыт не нужен, всему научим. Пиши в тг, подробности в лс.": [
        ("no_experience", "Опыт не нужен"),
        ("no_experience", "всему научим"),
        ("private_contact_only", "Пиши в тг"),
        ("private_contact_only", "подробности в лс"),
    ],
    "Едете по туристической визе, рабочую визу сделаем на месте.": [
        ("tourist_visa", "по туристической визе"),
        ("tourist_visa", "рабочую визу сделаем на месте"),
    ],
    "Для оформления пришлите скан паспорта и оплатите регистрационный взнос 50$.": [
        ("passport_requested", "пришлите скан паспорта"),
        ("upfront_fee", "регистрационный взнос"),
    ],
    "Ставь лайки и пиши отзывы на маркетплейсах, зарабатывай от 2000 руб в день.": [
        ("pay_per_task", "Ставь лайки"),
        ("pay_per_task", "отзывы на маркетплейсах"),
        ("daily_pay_little_work", "зарабатывай от 2000 руб в день"),
    ],
    "Аренда карт Сбер и Т-Банк, плачу 10 000 ₽ в неделю, ищу дропов.": [
        ("account_rental", "Аренда карт Сбер"),
        ("account_rental", "ищу дропов"),
    ],
    "Нужен человек принимать переводы на свою карту, оставляешь себе процент.": [
        ("money_transfer_role", "принимать переводы"),
        ("money_transfer_role", "оставляешь себе процент"),
    ],
    "Ищем клоузеров и ретеншн-менеджеров, работа по готовым скриптам.": [
        ("scam_script_role", "клоузеров"),
        ("scam_script_role", "ретеншн-менеджеров"),
        ("scam_script_role", "по готовым скриптам"),
    ],
    "Проживание на территории компании, смены по 12 часов, паспорт хранится у работодателя.": [
        ("compound_conditions", "Проживание на территории компании"),
        ("compound_conditions", "смены по 12 часов"),
        ("passport_requested", "паспорт хранится у работодателя"),
    ],
    "Офис в Мьявади, трансфер из Мэсота.": [
        ("hotspot_destination", "в Мьявади"),
        ("hotspot_destination", "Мэсота"),
    ],
    "Здравствуйте, я HR-менеджер компании Wildberries, предлагаю подработку.": [
        ("brand_impersonation", "HR-менеджер компании Wildberries"),
    ],
    "Приводи друзей и получай бонус за каждого приглашённого.": [
        ("recruit_friends_commission", "Приводи друзей"),
        ("recruit_friends_commission", "за каждого приглашённого"),
    ],
    # "е" for "ё", thousands written with a space
    "Работа в Камбодже для русскоговорящих, зп 1 200 долларов, жилье бесплатно.": [
        ("overseas_work", "Работа в Камбодже"),
        ("pay_above_market", "зп 1 200 долларов"),
        ("travel_paid", "жилье бесплатно"),
    ],
    "Осторожно, мошенники! Не отправляйте деньги за трудоустройство за границей.": [
        ("awareness_language", "Осторожно"),
        ("awareness_language", "Не отправляйте деньги"),
    ],
    "МВД сообщает: задержаны вербовщики, 12 человек освобождены.": [
        ("news_language", "задержаны"),
        ("news_language", "освобождены"),
    ],
    "Частное агентство занятости, аккредитация Роструда, услуги для соискателей бесплатны.": [
        ("licensed_recruitment", "Частное агентство занятости"),
        ("licensed_recruitment", "аккредитация Роструда"),
        ("licensed_recruitment", "услуги для соискателей бесплатны"),
    ],
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    "Для привязки зарплатной карты продиктуйте код из СМС и пин-код.": [
        ("credentials_requested", "Для привязки зарплатной карты"),
        ("credentials_requested", "продиктуйте код из СМС"),
        ("credentials_requested", "пин-код"),
    ],
    "Скиньте селфи с паспортом в руках и номер карты, срок действия и CVV.": [
        ("credentials_requested", "селфи с паспортом в руках"),
        ("credentials_requested", "номер карты, срок действия и CVV"),
    ],
    "Форму оплачиваете сами, перед выходом нужно оплатить стажировку.": [
        ("upfront_fee", "Форму оплачиваете сами"),
        ("upfront_fee", "нужно оплатить стажировку"),
    ],
    # fees paid before departure, fake HR of a bank, task deposits, bought cards, dating chats
    "Перед выездом нужно оплатить медосмотр, половину сейчас, остальное по приезду.": [
        ("upfront_fee", "Перед выездом нужно оплатить"),
        ("upfront_fee", "половину сейчас"),
        ("upfront_fee", "остальное по приезду"),
    ],
    "Вам пишет отдел кадров Halyk Bank, вы прошли отбор.": [
        ("brand_impersonation", "отдел кадров Halyk Bank"),
    ],
    "Халык в Шымкенте набирает операторов на дом.": [
        ("brand_impersonation", "Халык в Шымкенте набирает"),
    ],
    "Вносишь депозит и открываешь доступ к заданиям: ставить 5 звёзд отелям.": [
        ("pay_per_task", "Вносишь депозит"),
        ("pay_per_task", "доступ к заданиям"),
        ("pay_per_task", "ставить 5 звёзд"),
    ],
    "Беру в аренду карты любых банков, пассивный доход с карты.": [
        ("account_rental", "Беру в аренду карты"),
        ("account_rental", "пассивный доход с карты"),
    ],
    "Пишете мужчинам от лица девушки, легенду даём, подводите к пополнению.": [
        ("scam_script_role", "от лица девушки"),
        ("scam_script_role", "легенду даём"),
        ("scam_script_role", "подводите к пополнению"),
    ],
}
CASES = [(text, name, span) for text, pairs in EXPECTED.items() for name, span in pairs]


@pytest.mark.parametrize(("text", "name", "span"), CASES)
def test_finds_indicator_with_its_span(
    matcher: IndicatorMatcher, text: str, name: str, span: str
) -> None:
    assert (name, span) in found(matcher, text)


ORDINARY = [
    "Продам детский велосипед, почти новый, самовывоз из Химок.",
    "Требуется продавец-кассир в магазин у дома, график 2/2, зарплата 45 000 рублей.",
    "Летим в Таиланд на две недели в марте, посоветуйте отель на Пхукете.",
    "Кто знает хорошего стоматолога в Бишкеке? Срочно нужно, зуб болит.",
    "В Казани открылся новый парк, жители довольны.",
    # a bank's warning and a school's ad
    "Никому не сообщайте код из смс — сотрудники банка никогда не спрашивают код.",
    "Курсы английского для взрослых, группы по субботам, запись открыта.",
    # renting a flat and a courier paid per order are ordinary
    "Возьму в аренду однокомнатную квартиру в Алматы, оплата помесячно.",
    "Курьер в доставку, оплата за каждый заказ, свой велосипед.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_a_fee_that_is_ruled_out_is_not_a_red_flag(matcher: IndicatorMatcher) -> None:
    names = [name for name, _ in found(matcher, "За трудоустройство плата не взимается.")]
    assert names == ["licensed_recruitment"]


def test_spans_point_into_the_original_text(matcher: IndicatorMatcher) -> None:
    for text in EXPECTED:
        for ind in matcher.find(text):
            assert text[ind.start : ind.end] == ind.text


def test_every_registered_indicator_has_phrases() -> None:
    assert set(module.PHRASES) == set(INDICATORS)
    assert all(len(phrases) >= 15 for phrases in module.PHRASES.values())
