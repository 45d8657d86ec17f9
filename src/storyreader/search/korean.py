"""Korean: Hangul bigrams in the index, a particle stripped from the query word.

Every engine we tried splits Hangul only on spaces, so "북한" does not match "북한은". Two
fixes were measured side by side (`python bench/search.py --korean`, 21 queries over 12
sentences with particles, verb endings and a compound noun; this 2-core machine):

    method                 recall  precision  analysis speed   start-up   size
    bigrams (chosen)       0.91    0.97       4.0-7.0 MB/s     none       none
    Kiwi (kiwipiepy 0.24)  1.00    1.00       0.1-0.2 MB/s     4.1-4.4 s  105 MB model

Kiwi understands the language: it also finds "먹다" in "먹었습니다" (bigrams do not) and
does not find "인권" inside "개인권리" (bigrams do). But it analyses text 30 to 40 times
slower (a tenth of a 10,000-document archive is about 15 MB of Korean: two minutes more per
rebuild, against a build-rate target of 150 documents a second), takes four seconds to load
(against half a second from start to first result), and adds a 105 MB model to the app.
Bigrams cost nothing to load, run inside the one-pass analyzer, and miss only verbs typed
in their dictionary form; the nouns people search for (names, places, topics), with or
without particles, all match. So: bigrams.

The query side strips one trailing particle or ending ("한국어를" -> 한국어) and searches the
phrase of the remaining bigrams, or of the whole word's; a word is stripped only if at
least two syllables remain, so "나라" or "국가" stay whole.
"""

from __future__ import annotations

# Longest first, so "에서는" is stripped before "는".
_PARTICLE_TEXT = (
    "에서부터 으로부터 이라고는 이었습니다 였습니다 했습니다 합니다 입니다 습니다 로부터 "
    "에게서 한테서 께서는 에서는 에게는 으로는 이라는 이라고 에서도 에게도 으로도 이지만 "
    "하였다 했던 하는 하고 하다 했다 한다 라는 라고 까지 부터 에서 에게 한테 께서 으로 처럼 "
    "보다 마다 이나 이며 이고 이다 이랑 하게 에는 와는 과는 은 는 이 가 을 를 에 의 도 만 로 "
    "와 과 랑 나"
)
PARTICLES = sorted(_PARTICLE_TEXT.split(), key=len, reverse=True)


def strip_particle(word: str) -> str:
    """ "한국어를" -> "한국어"; the word itself when nothing fits."""
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word
