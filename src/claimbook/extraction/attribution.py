"""Who makes a claim, for which side, and through whom it reached the article.

Per sentence, outside quoted speech (a quote is what was said, not who said it):

1. a relay marker names the claimant and makes the speaker the chain: "Kyodo berichtet unter
   Berufung auf eine Quelle aus dem ukrainischen Militär" -> claimant the source, via Kyodo;
2. a source marker names the claimant: "laut X", "nach Angaben X", "X zufolge",
   "according to X";
3. a verb of saying names its subject, before it ("Der Geheimdienst hatte erklärt") or after
   it ("teilte eine Militärquelle mit", "„…“, sagte Kirby").

A sentence without any of these inherits the claimant of the sentence before in the same
paragraph (or of the sentence right before) when it is visibly reported speech: inside a quote,
or hedged with "sollen" or Konjunktiv I. Otherwise the outlet itself is the claimant.

The side comes from ``lexicon.SIDE_CUES`` in the claimant's words. A claimant without side
words ("die Quelle", "den Geheimdienst", a pronoun) is resolved to an earlier mention of the
same noun in the article that has them, or to the previous speaker.
"""

import re
from dataclasses import dataclass, replace

from claimbook.extraction.lexicon import (
    COMPLEMENTIZERS,
    DETERMINERS,
    MEDIA_HEADS,
    NOT_A_SOURCE,
    NOT_A_STATEMENT_AFTER,
    NOT_SUBJECT_AFTER,
    PHRASE_LINKS,
    PRONOUNS,
    RELAY_AFTER,
    SIDE_CUES,
    SOURCE_AFTER,
    SOURCE_BEFORE,
    SPEECH_VERBS,
    SUBJECT_AFTER_SKIPS,
    WEAK_SOURCE_AFTER,
)
from claimbook.extraction.morphology import is_noun
from claimbook.extraction.phrases import (
    first_phrase,
    is_time_word,
    phrase_around,
    phrase_at,
    tokens,
)
from claimbook.extraction.sentences import Sentence, clause_start, mask

_RELAY = re.compile(RELAY_AFTER, re.IGNORECASE)
_SOURCE_AFTER = re.compile(SOURCE_AFTER, re.IGNORECASE)
_SOURCE_BEFORE = re.compile(SOURCE_BEFORE, re.IGNORECASE)
_NOT_A_SOURCE = re.compile(rf"(?:{NOT_A_SOURCE})\s*$", re.IGNORECASE)
_SPEECH_VERB = re.compile(r"(?<!\w)(?:" + "|".join(SPEECH_VERBS) + ")", re.IGNORECASE)
_NOT_A_STATEMENT = re.compile(NOT_A_STATEMENT_AFTER, re.IGNORECASE)
_COMPLEMENTIZER = re.compile(COMPLEMENTIZERS, re.IGNORECASE)
_PRONOUN = re.compile(rf"(?:{PRONOUNS})", re.IGNORECASE)
_TAIL_AFTER_VERB = re.compile(r"[^,;:]*")
_TAIL_AFTER_SUBJECT = re.compile(r"\s*,?[^,;:]*")
# Reported speech: "sollen", Konjunktiv I, and Konjunktiv II where it stands in for an
# indistinct Konjunktiv I ("Insgesamt würden dort 3000 Soldaten ausgebildet"); not "wären",
# which more often states a hypothesis ("Selbst wenn es 3000 wären").
_REPORTED = re.compile(
    r"\b(?:soll|sollen|sei|seien|habe|werde|wolle|könne|müsse|plane|würden|hätten|demnach)\b",
    re.IGNORECASE,
)
_SIDE_CUES = tuple(
    (rank, side, re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE))
    for rank, side, patterns in SIDE_CUES
)
_SUBJECT_AFTER_SKIPS = frozenset(SUBJECT_AFTER_SKIPS)
_NOT_SUBJECT_AFTER = frozenset(NOT_SUBJECT_AFTER)
_OWN = frozenset(("eigenen", "own"))
_WEAK_SOURCE = re.compile(WEAK_SOURCE_AFTER, re.IGNORECASE)
_MEDIA_HEAD = re.compile(rf"(?:{MEDIA_HEADS})", re.IGNORECASE)
_NATIONALITY_FORM = re.compile(r"\w+(?:isch|ische|ischen|ischer|isches|ian|ean|nahe[nrs]?)")
_HEAD_SKIPS = frozenset(("several", "many", "some", "mehrere", "einige", "viele"))
_ARTICLES = frozenset(DETERMINERS)
_LINK_WORDS = frozenset((*PHRASE_LINKS, "said", "says", "sagte", "sagt"))

STATED, INHERITED, OUTLET = "stated", "inherited", "outlet"
_PRONOUN_REACH = 4  # sentences a pronoun may look back for its speaker, across paragraphs


@dataclass(frozen=True)
class Attribution:
    """The claimant of a sentence's content and how it was found."""

    claimant: str
    side: str | None
    via: str | None
    date_text: str  # the words that may say when the claim was made ("" if none)
    how: str  # STATED, INHERITED or OUTLET


def side_of(phrase: str) -> str | None:
    """The side of a claimant's words: "media" when their head noun names a medium
    ("Ukrainische Medien"), else the side of the best-ranked side cue; None if none."""
    if _MEDIA_HEAD.fullmatch(_head_noun(phrase)):
        return "media"
    return _cued_side(phrase)


def _head_noun(phrase: str) -> str:
    """The head of the phrase: its first noun (past articles, quantifiers and adjectives),
    extended over the words that follow it up to a link or an article, of which the last
    ("Ukrainische Medien", "Militärquelle der BBC" -> "Militärquelle", "Telegram channels"
    -> "channels")."""
    words = re.findall(r"[^\W\d_][\w\-]*", phrase)
    for position, word in enumerate(words):
        lower = word.lower()
        if lower in _HEAD_SKIPS or lower in _ARTICLES:
            continue
        if (word[:1].islower() and lower != "media") or _NATIONALITY_FORM.fullmatch(word):
            continue
        head = word
        for following in words[position + 1 :]:
            if following.lower() in _ARTICLES or following.lower() in _LINK_WORDS:
                break
            head = following
        return head
    return ""


def _cued_side(phrase: str) -> str | None:
    """The side of the best-ranked side cue in a claimant's words; None if there is none."""
    best: tuple[int, int, str] | None = None
    for rank, side, pattern in _SIDE_CUES:
        match = pattern.search(phrase)
        if match and (best is None or (rank, match.start()) < best[:2]):
            best = (rank, match.start(), side)
    return best[2] if best else None


@dataclass(frozen=True)
class _Stated:
    """A claimant named in the sentence: (start, end) spans into the masked sentence."""

    claimant: tuple[int, int]
    via: tuple[int, int] | None
    verb: tuple[int, int] | None


def _stated(text: str, position: int, language: str) -> _Stated | None:
    """The claimant a sentence names for content at ``position`` (text is quote-masked)."""
    verb = _speech_verb(text, position)
    relay = _RELAY.search(text)
    if relay:
        claimant = phrase_at(text, relay.end(), len(text), language)
        speaker = _subject(text, verb, language) if verb else None
        return _Stated(claimant, speaker, verb)
    source = _source(text, language)
    if source:
        return _Stated(source, None, None)
    if verb:
        return _Stated(_subject(text, verb, language), None, verb)
    weak = _WEAK_SOURCE.search(text)
    if weak:
        return _Stated(phrase_at(text, weak.end(), len(text), language), None, None)
    return None


def _source(text: str, language: str) -> tuple[int, int] | None:
    after = _SOURCE_AFTER.search(text)
    if after:
        found = phrase_at(text, after.end(), len(text), language)
        if found[1] > found[0]:
            return found
        adjective = after["adjective"]
        if adjective and adjective.strip().lower() in _OWN:  # "nach eigenen Angaben"
            return first_phrase(text, 0, after.start(), language)
        if adjective and side_of(adjective):  # "nach südkoreanischen Angaben"
            return after.start("adjective"), after.end("adjective")
        return None
    before = _SOURCE_BEFORE.search(text)
    if before:
        start = clause_start(text, before.start())
        # "Schätzungen zufolge" names no source, "Ukrainischen Schätzungen zufolge" does
        if not _NOT_A_SOURCE.search(text, 0, before.start()) or side_of(
            text[start : before.start()]
        ):
            return first_phrase(text, start, before.start(), language)
    return None


def _speech_verb(text: str, position: int) -> tuple[int, int] | None:
    """The verb of saying closest before ``position``, else the first after it."""
    verbs = [
        match.span()
        for match in _SPEECH_VERB.finditer(text)
        if not _NOT_A_STATEMENT.match(text, match.end())
    ]
    before = [span for span in verbs if span[0] < position]
    if before:
        return before[-1]
    return verbs[0] if verbs else None


def _subject(text: str, verb: tuple[int, int], language: str) -> tuple[int, int]:
    """The subject of a verb of saying: right after it when a name, determiner or pronoun
    follows ("sagte Kirby", "berichtete die Kyiv Post", "sagte er"), else before it. A noun
    phrase that stands right before the verb at the start of its clause is the subject even
    when a phrase follows, which is then the object ("Südkorea schätzt die Zahl ...")."""
    clause = first_phrase(text, clause_start(text, verb[0]), verb[0], language)
    if (
        clause[1] > clause[0]
        and not text[clause[1] : verb[0]].strip()
        and _names_someone(text[clause[0] : clause[1]], language)
    ):
        return clause
    for word, start, _ in tokens(text, verb[1], len(text))[:4]:
        if word.lower() in _NOT_SUBJECT_AFTER:
            break
        if word.lower() in _SUBJECT_AFTER_SKIPS or is_time_word(word):
            continue
        if _PRONOUN.fullmatch(word):
            return start, start + len(word)
        found = phrase_at(text, start, len(text), language)
        if found[1] > found[0]:
            return found
        break
    if clause[1] > clause[0]:
        return clause
    return first_phrase(text, 0, verb[0], language)


def _names_someone(phrase: str, language: str) -> bool:
    """A phrase of one capitalised German word may be an adverb opening the sentence
    ("Später erklärte ..."); longer phrases and English ones name someone."""
    words = phrase.split()
    return language != "de" or len(words) > 1 or is_noun(words[0])


class Attributor:
    """Attributes the content of an article's sentences, remembering earlier speakers."""

    def __init__(
        self,
        body: str,
        sentences: list[Sentence],
        quoted: list[tuple[int, int]],
        language: str,
        outlet: str,
    ) -> None:
        self.body = body
        self.sentences = sentences
        self.quoted = quoted
        self.language = language
        self.outlet = outlet

    def attribute(self, sentence: Sentence, position: int) -> Attribution:
        """The attribution of content at ``position`` (offset into the sentence)."""
        stated = self._stated_in(sentence, position)
        if stated:
            return stated
        in_quote = any(s <= sentence.start + position < e for s, e in self.quoted)
        if in_quote or _REPORTED.search(sentence.text):
            earlier = self._previous_speaker(sentence)
            if earlier:
                return replace(earlier, how=INHERITED)
        return Attribution(f"the outlet ({self.outlet})", "media", None, "", OUTLET)

    def attribute_verb(self, sentence: Sentence, verb: tuple[int, int]) -> Attribution:
        """The attribution of a sentence whose content is carried by a verb (offsets into the
        sentence) that need not be a verb of saying ("Das Regime dementierte ..."): the
        claimant the sentence names, else the subject of that verb."""
        found = self.attribute(sentence, verb[0])
        if found.how != OUTLET:
            return found
        masked = mask(sentence.text, sentence.start, self.quoted)
        subject = _subject(masked, verb, self.language)
        claimant = sentence.text[slice(*subject)]
        if subject[1] <= subject[0] or not claimant.strip():
            return found
        date_text = _date_text(masked, verb, subject)
        if _PRONOUN.fullmatch(claimant):
            earlier = self._previous_speaker(sentence, _PRONOUN_REACH)
            return replace(earlier, date_text=date_text) if earlier else found
        side = side_of(claimant) or self._antecedent_side(claimant, sentence.start)
        return Attribution(claimant, side, None, date_text, STATED)

    def _stated_in(self, sentence: Sentence, position: int) -> Attribution | None:
        masked = mask(sentence.text, sentence.start, self.quoted)
        found = _stated(masked, position, self.language)
        if found is None or found.claimant[1] <= found.claimant[0]:
            return None
        claimant = sentence.text[slice(*found.claimant)]
        via = sentence.text[slice(*found.via)] if found.via else None
        if via and _PRONOUN.fullmatch(via):
            via = None  # "Diese berichtete unter Berufung auf ...": the relay is named before
        date_text = (
            _date_text(masked, found.verb, found.via or found.claimant) if found.verb else ""
        )
        if _PRONOUN.fullmatch(claimant):
            earlier = self._previous_speaker(sentence, _PRONOUN_REACH)
            if earlier:
                return replace(earlier, via=via or earlier.via, date_text=date_text)
        side = side_of(claimant) or self._antecedent_side(claimant, sentence.start)
        return Attribution(claimant, side, via, date_text, STATED)

    def _previous_speaker(self, sentence: Sentence, reach: int = 1) -> Attribution | None:
        """The stated claimant of the nearest earlier sentence of the paragraph, or of the
        ``reach`` sentences right before it (a pronoun reaches further back than a report
        without one)."""
        for earlier in reversed(self.sentences[: sentence.index]):
            reported = bool(_REPORTED.search(earlier.text))
            if earlier.paragraph != sentence.paragraph and earlier.index < sentence.index - reach:
                break
            found = self._stated_in(earlier, len(earlier.text))
            if found:
                return found
            if reported:
                reach += 1  # a chain of reported speech goes back to its speaker
        return None

    def _antecedent_side(self, claimant: str, before: int) -> str | None:
        """The side of the latest earlier mention of the claimant's noun that has one."""
        nouns = [word for word, _, _ in tokens(claimant, 0, len(claimant)) if word[:1].isupper()]
        if not nouns:
            return None
        mention = re.compile(rf"\w*{re.escape(nouns[-1])}\w*", re.IGNORECASE)
        for match in reversed(list(mention.finditer(self.body, 0, before))[-5:]):
            side = side_of(phrase_around(self.body, match.start(), self.language))
            if side:
                return side
        return None


def _date_text(masked: str, verb: tuple[int, int], subject: tuple[int, int]) -> str:
    """The words that may date a verb of saying: its clause up to the verb and its subject,
    and what follows up to the next clause boundary, where the reported content begins
    ("Im Juli berichtete die Kyiv Post, dass ...", "KCNA berichtete Mitte Oktober, ...",
    "„…“, sagte Kirby, am Mittwoch"). A subject after the verb may be set off by a comma."""
    core_end = max(verb[1], subject[1])
    tail = _TAIL_AFTER_SUBJECT if subject[0] > verb[0] else _TAIL_AFTER_VERB
    end = tail.match(masked, core_end).end()
    content = _COMPLEMENTIZER.search(masked, core_end, end)
    return masked[clause_start(masked, verb[0]) : content.start() if content else end]
