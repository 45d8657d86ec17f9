"""A Whoosh segment writer that builds posting lists without Whoosh's per-posting overhead.

Whoosh's `SegmentWriter` puts every posting in a pool of tuples, sorts the whole pool at
commit and writes each posting through three method calls and a length lookup: about 20 µs
a posting, and a document has 1,000 or more, which is where "40 documents a second" comes
from. This writer keeps the postings grouped by field and term as they arrive (document
numbers only ever grow, so nothing but the term list needs sorting) and hands the Whoosh 3
postings writer one whole block at a time. The files it writes are ordinary Whoosh 3
segments, read by the stock reader.

It relies on private attributes of `W3PostingsWriter`; Whoosh-Reloaded is pinned to 2.7.5
(pyproject) and `tests/search/test_writer.py` compares its output with Whoosh's own writer.
"""

from __future__ import annotations

from array import array
from typing import Any

from whoosh.writing import SegmentWriter


class _Postings:
    __slots__ = ("docs", "values", "weights")

    def __init__(self) -> None:
        self.docs = array("I")
        self.weights = array("f")
        self.values: list[bytes] = []


class InvertedPool:
    """Postings by field and term, in document order: what `PostingPool` is, minus the sort."""

    def __init__(self) -> None:
        self.fields: dict[str, dict[bytes, _Postings]] = {}

    def terms(self, fieldname: str) -> dict[bytes, _Postings]:
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        return terms

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """Whoosh's pool interface, used when a merge copies postings from old segments."""
        fieldname, tbytes, docnum, weight, vbytes = item
        postings = self.terms(fieldname).get(tbytes)
        if postings is None:
            postings = self.fields[fieldname][tbytes] = _Postings()
        postings.docs.append(docnum)
        postings.weights.append(weight)
        if vbytes:
            postings.values.append(vbytes)

    def cleanup(self) -> None:
        self.fields.clear()


class FastSegmentWriter(SegmentWriter):  # type: ignore[misc]
    """`SegmentWriter` with `InvertedPool` and a block-at-a-time flush."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        # Separate files, not one compound file per segment: Whoosh opens a compound file by
        # copying it into memory (BytesIO over the mmap), a third of a second and the whole
        # index size again in RAM for every searcher at 10,000 documents.
        kwargs.setdefault("compound", False)
        super().__init__(ix, **kwargs)
        self.pool = InvertedPool()

    def add_document(self, **fields: Any) -> None:
        # Whoosh's add_document without what this schema never uses (vectors, per-document
        # boosts, separate spelling fields, `_stored_` overrides).
        self._check_state()
        schema, pool, perdoc = self.schema, self.pool, self.perdocwriter
        docnum = self.docnum
        self._check_fields(schema, [name for name in fields if fields[name] is not None])
        perdoc.start_doc(docnum)
        try:
            for fieldname in sorted(fields):
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = self._index_field(pool.terms(fieldname), field, value, docnum)
                perdoc.add_field(fieldname, field, value if field.stored else None, length)
                if field.column_type:
                    column_value = field.to_column_value(value)
                    perdoc.add_column_value(fieldname, field.column_type, column_value)
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    @staticmethod
    def _index_field(terms: dict[bytes, _Postings], field: Any, value: Any, docnum: int) -> int:
        if not field.indexed:
            return 0
        fast = getattr(field, "add_postings", None)
        if fast is not None:
            return int(fast(terms, _Postings, value, docnum))
        length = 0
        for tbytes, freq, weight, vbytes in field.index(value):
            length += freq
            postings = terms.get(tbytes)
            if postings is None:
                postings = terms[tbytes] = _Postings()
            postings.docs.append(docnum)
            postings.weights.append(weight)
            if vbytes:
                postings.values.append(vbytes)
        return length if field.scorable else 0

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        try:
            _write_postings(self.fieldwriter, self.schema, self.pool, lengths, self.docnum)
        finally:
            lengths.close()
        self.fieldwriter.close()


def _write_postings(
    fieldwriter: Any, schema: Any, pool: InvertedPool, lengths: Any, doccount: int
) -> None:
    for fieldname in sorted(pool.fields):
        field = schema[fieldname]
        doc_lengths = [lengths.doc_field_length(doc, fieldname) for doc in range(doccount)]
        fieldwriter.start_field(fieldname, field)
        terms = pool.fields[fieldname]
        for tbytes in sorted(terms):
            fieldwriter.start_term(tbytes)
            _write_term(fieldwriter._postwriter, terms[tbytes], doc_lengths)
            fieldwriter.finish_term()
        fieldwriter.finish_field()


def _write_term(postwriter: Any, postings: _Postings, doc_lengths: list[int]) -> None:
    """Fill the postings writer's block buffer directly, one block at a time.

    The last block is left buffered: `finish_term` writes it, marked as the last.
    """
    limit = postwriter._blocklimit
    docs, weights, values = postings.docs, postings.weights, postings.values
    count = len(docs)
    for start in range(0, count, limit):
        end = min(start + limit, count)
        block_docs = docs[start:end]
        block_weights = weights[start:end]
        block_lengths = [doc_lengths[doc] for doc in block_docs]
        nonzero = [length for length in block_lengths if length]
        postwriter._ids = block_docs
        postwriter._weights = block_weights
        postwriter._values = values[start:end] if values else []
        postwriter._minlength = min(nonzero) if nonzero else None
        postwriter._maxlength = max(block_lengths)
        postwriter._maxweight = max(block_weights)
        if end < count:
            postwriter._write_block()
