"""World-file zips spoiled as a hostile or broken server might send them, for
the option ``eosda.world_zip``: ``bad_crc``, ``lying_size`` (members declare 10
bytes), ``encrypted`` or ``unknown_method`` (AES, method 99). Every member's
central directory record is changed, which is what readers trust."""

import struct

CENTRAL = b"PK\x01\x02"
# offset in a central directory record -> (struct format, value) for each spoiling
SPOILINGS = {
    "bad_crc": (16, "<I", 0xDEADBEEF),
    "lying_size": (24, "<I", 10),
    "encrypted": (8, "<H", 0x0001),
    "unknown_method": (10, "<H", 99),
}


def spoil_zip(body, how):
    offset, fmt, value = SPOILINGS[how]
    data = bytearray(body)
    start = data.find(CENTRAL)
    while start != -1:
        struct.pack_into(fmt, data, start + offset, value)
        start = data.find(CENTRAL, start + 4)
    return bytes(data)
