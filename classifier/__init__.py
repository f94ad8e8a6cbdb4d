"""lurewatch's classifier: a library with no database and no config file.

from classifier import RiskScorer
for score in RiskScorer.load().score(["URGENT! Customer service in Bangkok..."]):
    print(score.risk, score.category, [i.name for i in score.indicators])
"""

from typing import TYPE_CHECKING

from classifier.model import current_model_version
from classifier.types import CATEGORIES, RISKY, Contact, Explanation, Indicator, Salary, Score

if TYPE_CHECKING:
    from classifier.scorer import RiskScorer


def __getattr__(name: str) -> object:
    # RiskScorer pulls in torch and spaCy: import it only when it is asked for.
    if name == "RiskScorer":
        from classifier.scorer import RiskScorer

        return RiskScorer
    raise AttributeError(name)


__all__ = [
    "CATEGORIES",
    "RISKY",
    "Contact",
    "Explanation",
    "Indicator",
    "RiskScorer",
    "Salary",
    "Score",
    "current_model_version",
]
