"""XML from the web (feeds, sitemaps), parsed only after refusing DTDs and entities.

defusedxml with `forbid_dtd` stops XXE, billion-laughs and quadratic-blowup documents at
their DOCTYPE, before any expansion; it is given bytes we fetched, never a URL or a path.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree

from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP


class BadXmlError(KnownError):
    """The document is not XML we accept; its sentence says why (completing "... cannot be
    read: "), for a sync report."""


def parse_xml(data: bytes) -> Element:
    try:
        return defusedxml.ElementTree.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except defusedxml.DefusedXmlException:
        raise BadXmlError(
            QT_TRANSLATE_NOOP("Sync", "it declares a DTD or entities, which feeds have no need for")
        ) from None
    except (ParseError, RecursionError) as error:
        raise BadXmlError(
            QT_TRANSLATE_NOOP("Sync", "it is not well-formed XML (%1)"), error
        ) from None


def local_name(element: Element) -> str:
    """The tag without its namespace: `{http://www.w3.org/2005/Atom}entry` -> `entry`."""
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local_name(child) == name]


def child(element: Element, name: str, namespace: str | None = None) -> Element | None:
    for candidate in element:
        if local_name(candidate) == name and (
            namespace is None or candidate.tag.startswith("{" + namespace + "}")
        ):
            return candidate
    return None


def child_text(element: Element, name: str, namespace: str | None = None) -> str:
    found = child(element, name, namespace)
    return "".join(found.itertext()).strip() if found is not None else ""
