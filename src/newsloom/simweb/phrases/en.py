"""The English phrasebook."""

from newsloom.simweb.phrases import Phrasebook
from newsloom.simweb.phrases.en_affairs import ELECTION, FINAL, MARKET, SUMMIT
from newsloom.simweb.phrases.en_crisis import ATTACK, STORM, STRIKE, TRIAL

ENGLISH = Phrasebook(
    language="en",
    kinds={
        "storm": STORM, "attack": ATTACK, "trial": TRIAL, "strike": STRIKE,
        "election": ELECTION, "summit": SUMMIT, "market": MARKET, "final": FINAL,
    },
    attributions=(
        '"{quote}," said {name}, {title}.',
        '"{quote}," {name}, {title}, told reporters.',
        '{name}, {title}, said: "{quote}."',
        '"{quote}," {name}, {title}, said in a statement.',
        '"{quote}," {name}, {title}, told {outlet}.',
    ),
    closers=(
        "Officials said more information would be released later.",
        "This is a developing story.",
        "{outlet} will continue to follow the story.",
    ),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    thousands=",",
    group_from=1_000,
    decimal=".",
    small_numbers=("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
)
