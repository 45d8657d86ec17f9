"""Pictures: the real address of each (lazy loading, `<noscript>` copies, `<picture>` sources,
`srcset`), the picture heading an article, and the pixels that only track readers.

Every picture ends as an `<img>` with one absolute `src` (the largest `srcset` candidate, or
the lazy-loading address when there is one) and its `alt`; its `<figure>` and `<figcaption>`
stay around it. Links become absolute; `javascript:` links become their text.
"""

from __future__ import annotations

import copy
import re
from urllib.parse import urljoin

from lxml.html import HtmlElement

from storyreader.archive.sanitize import best_image_source
from storyreader.sync.extract import dom

_IMAGE_FILE = re.compile(r"\.(jpg|jpeg|png|webp)", re.IGNORECASE)
_SRCSET_VALUE = re.compile(r"\.(jpg|jpeg|png|webp)\s+\d")
_SRC_VALUE = re.compile(r"^\s*\S+\.(jpg|jpeg|png|webp)\S*\s*$")
_BASE64 = re.compile(r"^data:\s*([^\s;,]+)\s*;\s*base64\s*,", re.IGNORECASE)
_PICTURE_JUNK = re.compile(r"avatar|logo|icon|emoji|gravatar|badge|spinner", re.IGNORECASE)
_PORTRAIT = re.compile(r"avatar|gravatar|author|profile-image|emoji")  # against dom.marks
_KEPT_ATTRIBUTES = ("alt", "title", "width", "height")


def unwrap_noscript_images(document: HtmlElement) -> None:
    """A placeholder followed by `<noscript><img …></noscript>` (Medium, many lazy loaders)
    becomes the real picture, keeping the placeholder's addresses aside."""
    for image in list(document.iter("img")):
        names = image.attrib.keys()
        if {"src", "srcset", "data-src", "data-srcset"} & set(names) or _sourced(image):
            continue
        if not any(_IMAGE_FILE.search(value) for value in image.attrib.values()):
            dom.remove(image)
    for noscript in list(document.iter("noscript")):
        previous = noscript.getprevious()
        if previous is None or not _single_image(noscript) or not _single_image(previous):
            continue
        old = previous if previous.tag == "img" else next(previous.iter("img"))
        replacement = copy.deepcopy(dom.children(noscript)[0])
        new = replacement if replacement.tag == "img" else next(replacement.iter("img"))
        for name, value in old.attrib.items():
            if not value or new.get(name) == value:
                continue
            if name in ("src", "srcset") or _IMAGE_FILE.search(value):
                new.set(f"data-old-{name}" if name in new.attrib else name, value)
        replacement.tail = previous.tail
        parent = previous.getparent()
        if parent is not None:
            parent.replace(previous, replacement)


def _sourced(image: HtmlElement) -> bool:
    """An <img> that its <picture>'s <source> elements give addresses (Medium's have no own)."""
    parent = image.getparent()
    return parent is not None and parent.tag == "picture" and _picture_source(parent) is not None


def _single_image(element: HtmlElement) -> bool:
    node: HtmlElement | None = element
    while node is not None:
        if node.tag == "img":
            return True
        children = dom.children(node)
        if len(children) != 1 or dom.has_text(node):
            return False
        node = children[0]
    return False


def fix_lazy_images(root: HtmlElement) -> None:
    """Pictures that only a script would load get their address from the attribute the
    script reads (Readability's `_fixLazyImages`)."""
    for element in list(root.iter("img", "picture", "figure")):
        is_image = element.tag == "img"
        if is_image:
            _drop_placeholder(element)
        if (
            is_image
            and (element.get("src") or element.get("srcset", "null") != "null")
            and "lazy" not in (element.get("class") or "").lower()
        ):
            continue
        for name, value in list(element.attrib.items()):
            if name in ("src", "srcset", "alt"):
                continue
            target = "srcset" if _SRCSET_VALUE.search(value) else None
            target = target or ("src" if _SRC_VALUE.match(value) else None)
            if target is None:
                continue
            if element.tag in ("img", "picture"):
                element.set(target, value)
            elif next(element.iter("img", "picture"), None) is None:
                element.append(element.makeelement("img", {target: value}))


def _drop_placeholder(image: HtmlElement) -> None:
    """A tiny inline picture standing in for the real one (which another attribute names)."""
    src = image.get("src") or ""
    found = _BASE64.match(src)
    if not found or found.group(1) == "image/svg+xml":
        return
    elsewhere = any(
        _IMAGE_FILE.search(value) for name, value in image.attrib.items() if name != "src"
    )
    if elsewhere and len(src) - found.end() < 133:
        del image.attrib["src"]


def picture_in(element: HtmlElement) -> HtmlElement | None:
    """The first real picture in `element` (itself an <img>, or holding one): its <figure>
    when it has one, else the <img>. Logos, icons, avatars and linked thumbnails are not."""
    images = [element] if element.tag == "img" else list(element.iter("img"))
    for image in images:
        if _PICTURE_JUNK.search(" ".join(image.get(a, "") for a in ("class", "src", "alt"))):
            continue
        if any(a.tag == "a" for a in image.iterancestors()):
            continue  # a linked thumbnail points at another page
        if _source(image) is None:
            continue
        figure = next((a for a in image.iterancestors() if a.tag == "figure"), None)
        return figure if figure is not None else image
    return None


def sources(root: HtmlElement) -> set[str]:
    return {found for image in root.iter("img") if (found := _source(image))}


def drop_portraits(root: HtmlElement, author: str) -> None:
    """Bylines' portraits of their authors (by their class, or an `alt` that is the author's
    name), and emoji drawn as pictures: not the story's."""
    name = author.casefold()
    for image in list(root.iter("img")):
        parent = image.getparent()
        marks = dom.marks(image) + (dom.marks(parent) if parent is not None else "")
        if _PORTRAIT.search(marks) or (name and (image.get("alt") or "").casefold() == name):
            dom.remove(image)


def drop_tracking_pixels(root: HtmlElement) -> None:
    """Pictures a pixel in size (a width of 570 with a height of 0 is a real one, sized later)."""
    for image in list(root.iter("img")):
        sizes = [image.get("width"), image.get("height")]
        if any(sizes) and all(size in (None, "", "0", "1") for size in sizes):
            dom.remove(image)


def absolutize(root: HtmlElement, base_url: str) -> None:
    """One absolute `src` per picture (those with none leave), absolute links."""
    for image in list(root.iter("img")):
        source = _source(image)
        if source is None:
            dom.remove(image)
            continue
        kept = {name: image.get(name) for name in _KEPT_ATTRIBUTES}
        image.attrib.clear()
        image.set("src", urljoin(base_url, source))
        for name, value in kept.items():
            if value is not None:
                image.set(name, value)
    for picture in list(root.iter("picture")):  # its <img> holds the one address now
        for element in list(picture.iter("source")):
            dom.remove(element)
        picture.drop_tag()
    for link in list(root.iter("a")):
        href = (link.get("href") or "").strip()
        if href.lower().startswith("javascript:"):
            link.drop_tag()
        elif href and not href.startswith(("#", "mailto:", "https://", "http://")):
            link.set("href", urljoin(base_url, href))  # (absolute ones stay: urljoin is slow)


def _source(image: HtmlElement) -> str | None:
    """The address an <img> shows, or, inside a <picture>, one of its sources."""
    found = best_image_source({k: v or "" for k, v in image.attrib.items()})
    parent = image.getparent()
    if found is None and parent is not None and parent.tag == "picture":
        found = _picture_source(parent)
    return found


def _picture_source(picture: HtmlElement) -> str | None:
    """The largest address of a <picture>'s sources, those in a format declared by no
    `type` (the page's original) first."""
    sources = sorted(picture.iter("source"), key=lambda source: source.get("type") is not None)
    for source in sources:
        found = best_image_source(
            {"srcset": source.get("srcset") or source.get("data-srcset") or ""}
        )
        if found:
            return found
    return None
