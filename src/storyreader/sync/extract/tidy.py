"""Tidying: the page before the article is looked for, and the article once found.

`prepare_page` and `prepare` follow Readability.js (`_prepDocument`, `_prepArticle`, see
`article.py`): `<br><br>` runs become paragraphs, and the article loses forms, share boxes,
embeds that are not videos, and blocks that look like chrome by their links, pictures and
words ("clean conditionally"). `clean_fragment` is ours, for content a feed or an API hands
over as HTML, where only what is plainly not the article goes.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from storyreader.sync.extract import dom, page_pictures

SHARE_CHARS = 500
_SHARE = re.compile(r"(\b|_)(share|sharedaddy)(\b|_)")  # against `dom.marks`, lower case
_AD_WORDS = re.compile(
    r"^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$", re.IGNORECASE
)
_LOADING_WORDS = re.compile(
    r"^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$", re.IGNORECASE
)
_TEXTISH = ("span", "li", "td", *dom.BLOCKS)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_EMBEDS = ("object", "embed", "iframe")
_DATA_PARTS = ("col", "colgroup", "tfoot", "thead", "th")

# --- the page ---------------------------------------------------------------------------------


def prepare_page(document: HtmlElement) -> None:
    body = document.find("body")
    if body is not None:
        _replace_brs(body)
    for font in document.iter("font"):
        font.tag = "span"


def _replace_brs(body: HtmlElement) -> None:
    """Two or more <br> in a row end a paragraph: what follows, up to the next such run or
    block, becomes a <p>."""
    for br in list(body.iter("br")):
        parent = br.getparent()
        if parent is None:
            continue
        replaced = False
        following = br.getnext()
        while not (br.tail or "").strip() and following is not None and following.tag == "br":
            replaced = True
            br.tail = following.tail
            parent.remove(following)
            following = br.getnext()
        if not replaced:
            continue
        paragraph = br.makeelement("p", {})
        paragraph.text = br.tail
        parent.replace(br, paragraph)
        _gather_phrasing(paragraph)
        if parent.tag == "p":
            parent.tag = "div"


def _gather_phrasing(paragraph: HtmlElement) -> None:
    following = paragraph.getnext()
    while following is not None:
        if following.tag == "br" and not (following.tail or "").strip():
            after = following.getnext()
            if after is not None and after.tag == "br":
                break
        if not isinstance(following.tag, str) or not dom.is_phrasing(following):
            break
        after = following.getnext()
        paragraph.append(following)
        following = after
    while len(paragraph):  # trailing white space and line breaks leave the paragraph
        last = paragraph[-1]
        if (last.tail or "").strip():
            break
        last.tail = None
        if last.tag != "br":
            break
        paragraph.remove(last)
    if not len(paragraph):
        paragraph.text = (paragraph.text or "").rstrip() or None


def wrap_phrasing(div: HtmlElement) -> None:
    """Runs of text and inline elements directly in a <div> become paragraphs of their own."""
    if not (div.text or "").strip() and not any(
        dom.is_phrasing(child) or (child.tail or "").strip()
        for child in div
        if isinstance(child.tag, str)
    ):
        return
    nodes: list[str | HtmlElement] = [div.text or ""]
    for child in list(div):
        nodes.append(child)
        nodes.append(child.tail or "")
        child.tail = None
        div.remove(child)
    div.text = None
    run: list[str | HtmlElement] = []
    for node in [*nodes, div]:  # `div` marks the end
        if isinstance(node, str) or (node is not div and dom.is_phrasing(node)):
            run.append(node)
            continue
        _close_run(div, run)
        run = []
        if node is not div:
            div.append(node)


def _close_run(div: HtmlElement, run: list[str | HtmlElement]) -> None:
    def blank(node: str | HtmlElement) -> bool:
        return not node.strip() if isinstance(node, str) else node.tag == "br"

    while run and blank(run[0]):
        run.pop(0)
    while run and blank(run[-1]):
        run.pop()
    if not run:
        return
    paragraph = div.makeelement("p", {})
    for node in run:
        if isinstance(node, str):
            last = paragraph[-1] if len(paragraph) else None
            if last is None:
                paragraph.text = (paragraph.text or "") + node
            else:
                last.tail = (last.tail or "") + node
        else:
            paragraph.append(node)
    div.append(paragraph)


# --- the article ------------------------------------------------------------------------------


def prepare(content: HtmlElement, conditionally: bool, weigh_classes: bool) -> None:
    """Readability's `_prepArticle`: what is left of the page's chrome leaves the article."""
    data_tables = _data_tables(content)
    page_pictures.fix_lazy_images(content)
    cleaner = _Conditional(data_tables, weigh_classes) if conditionally else None
    for tag in ("form", "fieldset"):
        if cleaner:
            cleaner.clean(content, tag)
    for tag in ("object", "embed", "footer", "link", "aside"):
        _clean(content, tag)
    for child in dom.children(content):
        _drop_share_boxes(child)
    for tag in ("iframe", "input", "textarea", "select", "button"):
        _clean(content, tag)
    for heading in list(content.iterdescendants("h1", "h2")):
        if weigh_classes and dom.class_weight(heading) < 0:
            dom.remove(heading)
    for tag in ("table", "ul", "div"):
        if cleaner:
            cleaner.clean(content, tag)
    for heading in content.iterdescendants("h1"):
        heading.tag = "h2"
    for paragraph in list(content.iterdescendants("p")):
        if next(paragraph.iter("img", *_EMBEDS), None) is None and not dom.has_text(paragraph):
            dom.remove(paragraph)
    for br in list(content.iterdescendants("br")):
        following = br.getnext()
        if following is not None and following.tag == "p" and not (br.tail or "").strip():
            dom.remove(br)
    _unwrap_single_cells(content)


def _clean(root: HtmlElement, tag: str) -> None:
    for element in list(root.iterdescendants(tag)):
        if tag in _EMBEDS and _is_video(element):
            continue
        dom.remove(element)


def _is_video(element: HtmlElement) -> bool:
    return any(dom.VIDEOS.search(value) for value in element.attrib.values())


def _drop_share_boxes(top: HtmlElement) -> None:
    """Share buttons inside the article (not `top` itself, which may be named "share")."""
    found = [
        node
        for node in top.iterdescendants()
        if node.attrib and _SHARE.search(dom.marks(node)) and len(node.text_content()) < SHARE_CHARS
    ]
    for node in found:
        dom.remove(node)


def _unwrap_single_cells(content: HtmlElement) -> None:
    for table in list(content.iterdescendants("table")):
        body = dom.children(table)[0] if dom.has_single_child(table, "tbody") else table
        if not dom.has_single_child(body, "tr"):
            continue
        row = dom.children(body)[0]
        if not dom.has_single_child(row, "td"):
            continue
        cell = dom.children(row)[0]
        inline = all(dom.is_phrasing(child) for child in dom.children(cell))
        cell.tag = "p" if inline else "div"
        cell.tail = table.tail
        parent = table.getparent()
        if parent is not None:
            parent.replace(table, cell)


def _data_tables(root: HtmlElement) -> set[HtmlElement]:
    """The tables that hold data rather than lay out the page (as browsers tell them)."""
    found: set[HtmlElement] = set()
    for table in root.iter("table"):
        if table.get("role") == "presentation" or table.get("datatable") == "0":
            continue
        caption = table.find(".//caption")
        declared = table.get("summary") or (caption is not None and len(caption.text_content()))
        if declared or next(table.iterdescendants(*_DATA_PARTS), None) is not None:
            found.add(table)
        elif next(table.iterdescendants("table"), None) is None:
            rows, columns = _size(table)
            if rows == 1 or columns == 1:
                continue
            if rows >= 10 or columns > 4 or rows * columns > 10:
                found.add(table)
    return found


def _size(table: HtmlElement) -> tuple[int, int]:
    rows = columns = 0
    for row in table.iter("tr"):
        rows += _span(row.get("rowspan"))
        columns = max(columns, sum(_span(cell.get("colspan")) for cell in row.iter("td")))
    return rows, columns


def _span(value: str | None) -> int:
    try:
        return int(value or 0) or 1
    except ValueError:
        return 1


class _Conditional:
    """Readability's `_cleanConditionally`: a block goes when its words, links, pictures and
    form fields say it is not part of the article."""

    def __init__(self, data_tables: set[HtmlElement], weigh_classes: bool) -> None:
        self.data_tables = data_tables
        self.weigh_classes = weigh_classes

    def clean(self, root: HtmlElement, tag: str) -> None:
        for node in reversed(list(root.iterdescendants(tag))):
            if self._should_remove(node, tag):
                dom.remove(node)

    def _should_remove(self, node: HtmlElement, tag: str) -> bool:
        if tag == "table" and node in self.data_tables:
            return False
        if dom.has_ancestor(node, "table", -1, self.data_tables) or dom.has_ancestor(node, "code"):
            return False
        if any(table in self.data_tables for table in node.iterdescendants("table")):
            return False
        weight = dom.class_weight(node) if self.weigh_classes else 0
        if weight < 0:
            return True
        text = dom.text_of(node)
        if text.count(",") >= 10:
            return False
        is_list = tag in ("ul", "ol") or _mostly_list(node, len(text))
        embeds = list(node.iterdescendants(*_EMBEDS))
        if any(_is_video(embed) for embed in embeds):
            return False
        if _AD_WORDS.match(text) or _LOADING_WORDS.match(text):
            return True
        remove = self._looks_like_chrome(node, text, weight, is_list, len(embeds))
        if remove and is_list:
            return not _list_of_images(node)
        return remove

    def _looks_like_chrome(
        self, node: HtmlElement, text: str, weight: int, is_list: bool, embeds: int
    ) -> bool:
        paragraphs = _count(node, "p")
        images = _count(node, "img")
        items = _count(node, "li") - 100
        inputs = _count(node, "input")
        in_figure = dom.has_ancestor(node, "figure")
        density = dom.link_density(node, len(text))
        if not in_figure and images > 1 and paragraphs / images < 0.5:
            return True
        if not is_list and items > paragraphs:
            return True
        if inputs > paragraphs // 3:
            return True
        if (
            not is_list
            and not in_figure
            and len(text) < 25
            and (images == 0 or images > 2)
            and density > 0
            and _text_density(node, _HEADINGS, len(text)) < 0.9
        ):
            return True
        if not is_list and weight < 25 and density > 0.2:
            return True
        if weight >= 25 and density > 0.5:
            return True
        if (embeds == 1 and len(text) < 75) or embeds > 1:
            return True
        return images == 0 and _text_density(node, _TEXTISH, len(text)) == 0


def _count(node: HtmlElement, tag: str) -> int:
    return sum(1 for _ in node.iterdescendants(tag))


def _mostly_list(node: HtmlElement, length: int) -> bool:
    listed = sum(len(dom.text_of(lst)) for lst in node.iterdescendants("ul", "ol"))
    return listed > 0.9 * length if length else listed > 0


def _text_density(node: HtmlElement, tags: tuple[str, ...], length: int) -> float:
    if not length:
        return 0.0
    return sum(len(dom.text_of(child)) for child in node.iterdescendants(*tags)) / length


def _list_of_images(node: HtmlElement) -> bool:
    """A list whose every item is one picture: a gallery, kept."""
    items = dom.children(node)
    if any(len(dom.children(item)) > 1 for item in items):
        return False
    return _count(node, "img") == _count(node, "li")


# --- feed content -----------------------------------------------------------------------------

_JUNK_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "svg",
    "nav",
    "aside",
    "footer",
    "link",
    "meta",
)
# Class or id words (in lower case) that mark boxes around an article, not the article.
JUNK_WORDS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|sharedaddy|social|newsletter|subscribe|signup|sign-up|"
    r"related|relatedposts|comments?|respond|cookie|promo|advert|ads|sponsor|"
    r"screen-reader-text|sr-only|visually-hidden|breadcrumbs?|pagination|post-navigation|"
    r"author-bio|tags-links|cat-links|w-form-done|w-form-fail)(?:$|[\s_-])"
)


def is_junk(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False
    return bool(JUNK_WORDS.search(dom.marks(element))) or element.get("role") in (
        "navigation",
        "banner",
    )


def clean_fragment(root: HtmlElement) -> None:
    """What plainly is not an article's content leaves `root`: scripts, forms, navigation,
    share and newsletter boxes, tracking pixels."""
    for element in list(root.iter(*_JUNK_TAGS)):
        dom.remove(element)
    for element in list(root.iterdescendants()):
        if is_junk(element):
            dom.remove(element)
    page_pictures.drop_tracking_pixels(root)
