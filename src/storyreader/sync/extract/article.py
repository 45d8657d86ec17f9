"""Finding the article on a page: Mozilla Readability's scoring, on lxml.

The algorithm (and its constants) follow Readability.js (Apache License 2.0, Arc90 and
Mozilla; see https://github.com/mozilla/readability): walk the page once, dropping what is
hidden or looks like chrome and turning text-only <div>s into paragraphs; score every
paragraph (commas, length) into its ancestors; take the best-scored ancestor, with the
siblings that look like part of it; tidy that (`tidy.prepare`). When that leaves less than
500 characters, it runs again with fewer rules, and keeps the longest try.

Our own parts, each for pages in tests/sync/sites that Readability reads worse:
- the picture heading the article just outside it (a hero image, a post thumbnail in a header
  that Readability drops) is handed back as `lead`, since pictures and their captions are
  what readers keep: the last picture before the article's text, with at most a title's and
  a byline's worth of text between, close to it in the page;
- a best block as wide as the page (site navigation still in it) narrows to the post's own
  container (`_narrowed`);
- a wrapper holding only the best block takes its score, so that its siblings still join.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from storyreader.sync.extract import dom, page_pictures, tidy

CHAR_THRESHOLD = 500
TOP_CANDIDATES = 5
NARROW_SHARE = 0.8  # of a wide block's paragraph text, that its post container must hold
LEAD_GAP = 300  # the most text between a heading picture and its article
# Class and id words, matched against `dom.marks` (lower case).
_UNLIKELY = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|"
    r"gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
    r"sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
)
_MAYBE = re.compile(r"and|article|body|column|content|main|mathjax|shadow")
_CHROME_TAGS = ("nav", "aside", "form", "header", "footer")
# Containers that content management systems put a post's body in.
_BODY_CLASSES = re.compile(
    r"(?:^|\s)(?:w-richtext|entry-content|post-content|article-content|article-body|"
    r"post-body|story-body|content-body|single-content|rich-text|gh-content|"
    r"available-content|blog-item-content|sqs-html-content)(?:$|\s)",
    re.IGNORECASE,
)
_SITE_CHROME = re.compile(r"site-header|masthead|banner|navbar|nav-|menu|footer|sidebar|comment")
_BYLINE = re.compile(r"byline|author|dateline|writtenby|p-author")
_UNLIKELY_ROLES = frozenset(
    {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"}
)
_SCORED = frozenset({"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"})
_EMPTY_DROPPED = frozenset({"div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"})
_KEEP_TAG = frozenset({"div", "article", "section", "p", "ol", "ul"})
_COMMAS = re.compile("[\u002c\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c]")
_SENTENCE_END = re.compile(r"\.( |$)")
_TAG_SCORES = {"div": 5, "pre": 3, "td": 3, "blockquote": 3, "th": -5}
_TAG_SCORES.update(dict.fromkeys(("address", "ol", "ul", "dl", "dd", "dt", "li", "form"), -3))
_TAG_SCORES.update(dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), -5))


@dataclass(frozen=True)
class Rules:
    """Which of Readability's rules are on: each retry turns one more off."""

    strip_unlikely: bool = True
    weight_classes: bool = True
    clean_conditionally: bool = True


TRIES = (
    Rules(),
    Rules(strip_unlikely=False),
    Rules(strip_unlikely=False, weight_classes=False),
    Rules(False, False, False),
)


@dataclass
class Grabbed:
    content: HtmlElement  # a <div> holding the article
    text_length: int
    lead: HtmlElement | None = None  # a picture just before the article, outside it


@dataclass
class _State:
    title: str
    byline: str = ""
    want_byline: bool = True


def grab_article(document: HtmlElement, title: str, *, want_byline: bool) -> tuple[Grabbed, str]:
    """The article (and the byline found in the page, when wanted); the longest try when
    none reaches the threshold. Raises LookupError when no try finds any text."""
    body = document.find("body")
    if body is None:
        raise LookupError("the page has no body")
    pristine = copy.deepcopy(body)
    state = _State(title, want_byline=want_byline)
    tries: list[Grabbed] = []
    for number, rules in enumerate(TRIES):
        if number:
            fresh = copy.deepcopy(pristine)
            document.replace(body, fresh)
            body = fresh
        grabbed = _Try(document, body, rules, state).run()
        if grabbed.text_length >= CHAR_THRESHOLD:
            return grabbed, state.byline
        tries.append(grabbed)
    best = max(tries, key=lambda grabbed: grabbed.text_length)
    if not best.text_length:
        raise LookupError("no text")
    return best, state.byline


class _Try:
    def __init__(self, document: HtmlElement, body: HtmlElement, rules: Rules, state: _State):
        self.document, self.body, self.rules, self.state = document, body, rules, state
        self.scores: dict[HtmlElement, float] = {}
        self.links: dict[HtmlElement, float] = {}  # each link's weight in link densities
        self.title_removed = False  # the first heading repeating the title leaves the page
        self.paragraphs: list[tuple[HtmlElement, int]] = []  # scored, with their lengths
        self.densest: HtmlElement | None = None  # the best-scored block, before looking up
        self.seen = 0  # characters of text kept so far on the walk
        self.offsets: dict[HtmlElement, int] = {}  # where each kept element's text starts
        self.pictures: list[tuple[int, HtmlElement, HtmlElement]] = []  # offset, picture, where

    def run(self) -> Grabbed:
        scored = self._prepare_nodes()
        top = self._narrowed(self._top_candidate(self._score(scored)))
        lead = self._lead_picture(top if self.densest is None else self.densest, scored)
        content = self._with_siblings(top)
        tidy.prepare(content, self.rules.clean_conditionally, self.rules.weight_classes)
        if lead is not None and any(a is content for a in lead.iterancestors()):
            lead = None
        return Grabbed(content, len(dom.text_of(content)), lead)

    # --- the walk ---------------------------------------------------------------------------

    def _prepare_nodes(self) -> list[HtmlElement]:
        """One pass over the page: drop what cannot be the article, note the byline, turn
        <div>s of text into paragraphs; returns the elements to score."""
        to_score: list[HtmlElement] = []
        node: HtmlElement | None = self.document
        while node is not None:
            tag = str(node.tag)
            if tag == "head":
                node = dom.next_node(node, skip_children=True)
                continue
            if tag not in ("html", "body") and self._unwanted(node, tag):
                node = dom.remove_and_next(node)
                continue
            self.offsets[node] = self.seen
            self.seen += len((node.text or "").strip())
            if tag == "img":
                self.pictures.append((self.seen, node, node))
            elif tag in _SCORED:
                to_score.append(node)
            elif tag == "div":
                node = self._div_as_paragraph(node, to_score)
            node = dom.next_node(node)
        return to_score

    def _unwanted(self, node: HtmlElement, tag: str) -> bool:
        """Whether the walk drops `node` (Readability's order of reasons)."""
        marks = dom.marks(node) if node.attrib else ""
        if marks and (self._hidden(node) or self._byline(node, marks)):
            return True
        if not self.title_removed and tag in ("h1", "h2") and self._repeats_title(node):
            self.title_removed = True
            return True
        if marks and self.rules.strip_unlikely and self._unlikely(node, marks):
            self._set_aside_picture(node, marks)
            return True
        return tag in _EMPTY_DROPPED and dom.is_without_content(node)

    def _set_aside_picture(self, node: HtmlElement, marks: str) -> None:
        """A picture in a block that leaves the page (a post's header with its thumbnail) may
        still head the article: it is remembered with where it stood."""
        parent = node.getparent()
        if parent is None or next(node.iter("img"), None) is None or _SITE_CHROME.search(marks):
            return
        if node.tag == "header" and not any(a.tag == "article" for a in node.iterancestors()):
            return  # the site's header, not the post's
        picture = page_pictures.picture_in(node)
        if picture is not None:
            self.pictures.append((self.seen, picture, parent))

    def _hidden(self, node: HtmlElement) -> bool:
        if not dom.is_probably_visible(node):
            return True
        return node.get("aria-modal") == "true" and node.get("role") == "dialog"

    def _byline(self, node: HtmlElement, marks: str) -> bool:
        """Whether `node` is the byline (kept in the state, and taken out of the article)."""
        if self.state.byline or not self.state.want_byline:
            return False
        if not (
            node.get("rel") == "author"
            or "author" in (node.get("itemprop") or "")
            or (len(marks) > 1 and _BYLINE.search(marks))
        ):
            return False
        text = node.text_content().strip()
        if not text or len(text) >= 100:
            return False
        named = next(
            (e for e in node.iterdescendants() if "name" in (e.get("itemprop") or "")), None
        )
        self.state.byline = (named if named is not None else node).text_content().strip()
        return True

    def _repeats_title(self, node: HtmlElement) -> bool:
        return dom.similarity(self.state.title, node.text_content().strip()) > 0.75

    def _unlikely(self, node: HtmlElement, marks: str) -> bool:
        if node.get("role") in _UNLIKELY_ROLES:
            return True
        return (
            len(marks) > 1
            and bool(_UNLIKELY.search(marks))
            and not _MAYBE.search(marks)
            and node.tag != "a"
            and not dom.has_ancestor(node, "table")
            and not dom.has_ancestor(node, "code")
        )

    def _div_as_paragraph(self, node: HtmlElement, to_score: list[HtmlElement]) -> HtmlElement:
        tidy.wrap_phrasing(node)
        if dom.has_single_child(node, "p") and dom.link_density(node) < 0.25:
            child = dom.children(node)[0]
            child.tail = node.tail
            parent = node.getparent()
            if parent is not None:
                parent.replace(node, child)
            to_score.append(child)
            return child
        if not dom.has_block_child(node):
            node.tag = "p"
            to_score.append(node)
        return node

    # --- scoring ----------------------------------------------------------------------------

    def _score(self, scored: list[HtmlElement]) -> list[HtmlElement]:
        candidates: list[HtmlElement] = []
        for element in scored:
            if element.getparent() is None:
                continue
            text = dom.text_of(element)
            if len(text) < 25:
                continue
            self.paragraphs.append((element, len(text)))
            points = 1 + len(_COMMAS.split(text)) + min(len(text) // 100, 3)
            for level, ancestor in enumerate(_ancestors(element, 5)):
                if ancestor.getparent() is None:
                    continue
                if ancestor not in self.scores:
                    self.scores[ancestor] = self._initial_score(ancestor)
                    candidates.append(ancestor)
                divider = 1 if level == 0 else 2 if level == 1 else level * 3
                self.scores[ancestor] += points / divider
        return candidates

    def _initial_score(self, element: HtmlElement) -> float:
        weight = dom.class_weight(element) if self.rules.weight_classes else 0
        return float(_TAG_SCORES.get(str(element.tag), 0) + weight)

    def _score_of(self, element: HtmlElement) -> float:
        if element not in self.scores:
            self.scores[element] = self._initial_score(element)
        return self.scores[element]

    def _top_candidate(self, candidates: list[HtmlElement]) -> HtmlElement:
        top: list[HtmlElement] = []
        for candidate in candidates:
            self.scores[candidate] *= 1 - dom.link_density(candidate, known=self.links)
            score = self.scores[candidate]
            for index in range(TOP_CANDIDATES):
                if index >= len(top) or score > self.scores[top[index]]:
                    top.insert(index, candidate)
                    del top[TOP_CANDIDATES:]
                    break
        if not top or top[0].tag == "body":
            return self._whole_body()
        self.densest = top[0]
        best = self._common_ancestor(top)
        best = self._better_parent(best)
        parent = best.getparent()
        while parent is not None and parent.tag not in ("body", "html"):
            if len(dom.children(parent)) != 1:
                break
            # A wrapper holding only the best block is as good as it (ours: Readability
            # starts it from its own low score, and then loses the block's siblings).
            self.scores[parent] = max(self._score_of(parent), self._score_of(best))
            best, parent = parent, parent.getparent()
        self._score_of(best)
        return best

    def _narrowed(self, top: HtmlElement) -> HtmlElement:
        """Within a block as wide as the page (class words can lift one that high, with the
        site's navigation and forms still in it), the post's own container (`<article>`,
        `<main>`, an articleBody, a CMS's body class) when it holds nearly all the paragraph
        text: the deepest such."""
        chrome = [
            element
            for element in top.iterdescendants(*_CHROME_TAGS)
            if element.tag not in ("header", "footer")
            or not any(a.tag == "article" for a in element.iterancestors())  # a post's own
        ]
        if not chrome:
            return top
        held = [
            (e, n) for e, n in self.paragraphs if e.tag in ("p", "pre") and top in e.iterancestors()
        ]
        total = sum(n for _, n in held)
        best, best_size = top, None
        for container in top.iterdescendants("article", "main", "div", "section"):
            if not _is_container(container):
                continue
            inside = sum(n for e, n in held if container in e.iterancestors())
            if inside < NARROW_SHARE * total or not total:
                continue
            if all(container in c.iterancestors() for c in chrome):
                continue  # the chrome is the post's own (its share box): no narrower than that
            size = sum(1 for _ in container.iter())
            if best_size is None or size < best_size:
                best, best_size = container, size
        return best

    def _whole_body(self) -> HtmlElement:
        """No candidate: the whole body, in a <div> of its own."""
        wrapper = self.body.makeelement("div", {})
        wrapper.text, self.body.text = self.body.text, None
        for child in list(self.body):
            wrapper.append(child)
        self.body.append(wrapper)
        self._score_of(wrapper)
        return wrapper

    def _common_ancestor(self, top: list[HtmlElement]) -> HtmlElement:
        """When at least three other top candidates score close to the best and share an
        ancestor with it, that ancestor holds the article."""
        best = top[0]
        close = [set(_ancestors(other, 0)) for other in top[1:] if self._close(other, best)]
        if len(close) < 3:
            return best
        for ancestor in _ancestors(best, 0):
            if ancestor.tag in ("body", "html"):
                break
            if sum(ancestor in ancestors for ancestors in close) >= 3:
                return ancestor
        return best

    def _close(self, other: HtmlElement, best: HtmlElement) -> bool:
        """Whether `other` scores at least three quarters of `best` (as JavaScript divides)."""
        score, best_score = self.scores[other], self.scores[best]
        if best_score == 0:
            return score > 0
        return score / best_score >= 0.75

    def _better_parent(self, best: HtmlElement) -> HtmlElement:
        """A parent scoring higher than the best on the way up (more content around it)."""
        last = self._score_of(best)
        threshold = last / 3
        for parent in _ancestors(best, 0):
            if parent.tag in ("body", "html"):
                break
            if parent not in self.scores:
                continue
            score = self.scores[parent]
            if score < threshold:
                break
            if score > last:
                return parent
            last = score
        return best

    def _lead_picture(self, top: HtmlElement, scored: list[HtmlElement]) -> HtmlElement | None:
        """The last picture before the first paragraph of `top` (the best-scored block), at
        most `LEAD_GAP` characters of text before it, and in `top` or near it (two levels up)."""
        start = next(
            (
                self.offsets[element]
                for element in scored
                if element in self.offsets
                and (element is top or top in element.iterancestors())
                and len(dom.text_of(element)) >= 25
            ),
            None,
        )
        if start is None:
            return None
        region = top
        for ancestor in _ancestors(top, 2):
            if ancestor.tag in ("body", "html"):
                break
            region = ancestor
        lead = None
        for offset, picture, where in self.pictures:
            if offset > start:
                break
            if start - offset > LEAD_GAP:
                continue
            if where is not region and region not in where.iterancestors():
                continue
            found = picture if picture is not where else page_pictures.picture_in(picture)
            lead = found if found is not None else lead
        return lead

    def _with_siblings(self, top: HtmlElement) -> HtmlElement:
        """A new <div> with the top candidate and its siblings that look like more of it."""
        content = top.makeelement("div", {})
        parent = top.getparent()
        if parent is None:
            content.append(top)
            return content
        top_score = self.scores[top]
        threshold = max(10.0, top_score * 0.2)
        top_class = top.get("class") or ""
        for sibling in dom.children(parent):
            if sibling is not top and not self._belongs(sibling, top_class, top_score, threshold):
                continue
            if sibling.tag not in _KEEP_TAG:
                sibling.tag = "div"
            sibling.tail = None
            content.append(sibling)
        return content

    def _belongs(
        self, sibling: HtmlElement, top_class: str, top_score: float, threshold: float
    ) -> bool:
        bonus = top_score * 0.2 if top_class and sibling.get("class") == top_class else 0
        if sibling in self.scores and self.scores[sibling] + bonus >= threshold:
            return True
        if sibling.tag != "p":
            return False
        text = dom.text_of(sibling)
        density = dom.link_density(sibling, len(text))
        if len(text) > 80:
            return density < 0.25
        return 0 < len(text) < 80 and density == 0 and bool(_SENTENCE_END.search(text))


def _is_container(element: HtmlElement) -> bool:
    if element.tag in ("article", "main") or element.get("itemprop") == "articleBody":
        return True
    return bool(_BODY_CLASSES.search(element.get("class") or ""))


def _ancestors(element: HtmlElement, limit: int) -> Iterator[HtmlElement]:
    for level, ancestor in enumerate(element.iterancestors()):
        if limit and level >= limit:
            return
        yield ancestor
