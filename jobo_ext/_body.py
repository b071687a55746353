"""Reading a response body with a bound on its decoded size, whatever the server compressed.

httpx's own decoders inflate each network read in one call, so a 64 KiB read of a gzip bomb becomes
~63 MiB at once, and ``response.read()`` keeps going until the whole bomb is in memory. The policy
transports read the raw stream instead and decode it here: gzip and deflate layers go through
``zlib.decompressobj().decompress(data, max_length)``, which never produces more than
:data:`DECODE_STEP` bytes per call (the rest of the input waits in ``unconsumed_tail``), and the decoded
bytes are counted as they arrive. Reading stops as soon as the limit is passed, so peak memory is the
limit plus one step, not the size of the bomb.

``br`` and ``zstd`` (only decoded when the optional ``brotli``/``zstandard`` packages are installed, and
never asked for: the client sends ``Accept-Encoding: gzip, deflate``) go through httpx's decoders fed
:data:`FOREIGN_INPUT_STEP` bytes of input at a time; their output per step is bounded by the format,
not by this module. Unknown encodings pass through undecoded, as in httpx.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import httpx
from httpx._decoders import SUPPORTED_DECODERS, ContentDecoder  # httpx is pinned <0.29

__all__ = [
    "ACCEPT_ENCODING",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "ERROR_BODY_LIMIT",
    "BodyReader",
]

#: Default of ``JoboClient(max_response_bytes=...)``: the largest documented page is a few MB.
DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
#: Decoded bytes kept of a non-2xx body; the rest is neither downloaded nor inflated.
ERROR_BODY_LIMIT = 1024 * 1024
#: Most decoded bytes one zlib call may produce.
DECODE_STEP = 64 * 1024
#: Input bytes handed to a br/zstd decoder per call.
FOREIGN_INPUT_STEP = 1024
#: The encodings this module bounds per step; what the client asks servers for.
ACCEPT_ENCODING = "gzip, deflate"


class _Inflate:
    """One gzip or deflate layer."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._head = b""  # deflate: bytes held until the two-byte zlib header can be checked
        self._zlib: zlib._Decompress | None = None

    def decode(self, data: bytes) -> Iterator[bytes]:
        if self._zlib is None:
            data = self._head + data
            if self._encoding == "deflate" and len(data) < 2:
                self._head = data
                return
            self._head = b""
            if not data:
                return
            self._zlib = zlib.decompressobj(self._wbits(data))
        inflater = self._zlib
        while True:
            out = inflater.decompress(data, DECODE_STEP)
            data = inflater.unconsumed_tail
            if out:
                yield out
            # A full step may leave output inside zlib even with no input left: ask again.
            if not data and len(out) < DECODE_STEP:
                return

    def flush(self) -> Iterator[bytes]:
        if self._zlib is not None:
            out = self._zlib.flush()
            if out:
                yield out

    @property
    def complete(self) -> bool:
        """An empty body, or a stream that reached its end marker (a held lone byte is neither)."""
        return (self._zlib is None and not self._head) or (self._zlib is not None and self._zlib.eof)

    def _wbits(self, data: bytes) -> int:
        if self._encoding == "gzip":
            return zlib.MAX_WBITS | 16
        # "deflate" means zlib-wrapped per RFC 9110, but many servers send raw deflate (httpx accepts
        # both): a valid zlib header is a multiple of 31 with compression method 8.
        zlib_wrapped = data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
        return zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS


class _Foreign:
    """A br or zstd layer through httpx's decoder, fed small slices of input."""

    def __init__(self, decoder: ContentDecoder) -> None:
        self._decoder = decoder

    def decode(self, data: bytes) -> Iterator[bytes]:
        for start in range(0, len(data), FOREIGN_INPUT_STEP):
            out = self._decoder.decode(data[start : start + FOREIGN_INPUT_STEP])
            if out:
                yield out

    def flush(self) -> Iterator[bytes]:
        out = self._decoder.flush()
        if out:
            yield out

    @property
    def complete(self) -> bool:
        return True


_Stage = _Inflate | _Foreign


def _stages_of(value: str | None) -> list[_Stage]:
    """The decoding layers for a Content-Encoding value (``None``: no such header), in the order to
    apply them: the last encoding listed is undone first.

    ``value`` as ``Headers.get`` gives it: repeated headers joined with ", ", so splitting it gives what
    ``get_list(split_commas=True)`` gives, without lower-casing every header name again (most responses
    have no Content-Encoding).
    """
    stages: list[_Stage] = []
    if value is None:
        return stages
    for item in reversed(value.split(",")):
        encoding = item.strip().lower()
        if encoding in ("gzip", "deflate"):
            stages.append(_Inflate(encoding))
        elif encoding in ("br", "zstd") and encoding in SUPPORTED_DECODERS:
            stages.append(_Foreign(SUPPORTED_DECODERS[encoding]()))
    return stages


class BodyReader:
    """Decode raw body chunks into at most ``limit`` bytes.

    Feed it the raw stream (``iter_raw``) until :meth:`feed` returns false, then call :meth:`finish`.
    Afterwards ``overflow`` says whether the decoded body is longer than ``limit`` (``content`` then
    holds its first ``limit`` bytes), and ``problem`` says why the body is unusable, if it is: a corrupt
    or truncated compressed stream.
    """

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        """``content_encoding``: the body's ``Content-Encoding`` value (``None``: none sent)."""
        self.limit = limit
        self.overflow = False
        self.problem: str | None = None
        self._stages = _stages_of(content_encoding)
        self._chunks: list[bytes] = []
        self._size = 0

    @property
    def done(self) -> bool:
        """Whether more input can change nothing: over the limit, or undecodable."""
        return self.overflow or self.problem is not None

    def feed(self, raw: bytes) -> bool:
        """Decode one raw chunk; return whether more are wanted."""
        if not self._stages:  # identity encoding, the common case: nothing can fail to decode
            if not self.overflow:
                self._keep(raw)
            return not self.overflow
        if not self.done:
            try:
                self._push(0, raw)
            except (zlib.error, httpx.DecodingError) as exc:
                self.problem = f"cannot decode the compressed body: {exc}"
        return not self.done

    def finish(self) -> None:
        """Flush the decoders at the end of the stream and check compressed streams are complete."""
        if not self._stages:
            return
        try:
            for index, stage in enumerate(self._stages):
                if self.done:
                    return
                self._push_all(index + 1, stage.flush())
        except (zlib.error, httpx.DecodingError) as exc:
            self.problem = f"cannot decode the compressed body: {exc}"
            return
        if not self.done and not all(stage.complete for stage in self._stages):
            self.problem = "the compressed body ends before its end-of-stream marker (truncated)"

    @property
    def content(self) -> bytes:
        """The decoded body (its first ``limit`` bytes after an overflow)."""
        return b"".join(self._chunks)

    def _push(self, index: int, data: bytes) -> None:
        if index == len(self._stages):
            self._keep(data)
        else:
            self._push_all(index + 1, self._stages[index].decode(data))

    def _push_all(self, index: int, pieces: Iterator[bytes]) -> None:
        for piece in pieces:
            if self.overflow:
                return
            self._push(index, piece)

    def _keep(self, data: bytes) -> None:
        room = self.limit - self._size
        if len(data) > room:
            data = data[:room]
            self.overflow = True
        if data:
            self._chunks.append(data)
            self._size += len(data)
