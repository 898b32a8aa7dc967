# binascii: hex with separators, base64 both ways (non-strict), crc32, crc_hqx, errors.
import base64
import binascii

for data in [b"", b"\x00", b"\x01\xff", bytes(range(20)), bytearray(b"abc"), memoryview(b"xyz")]:
    print(binascii.hexlify(data), binascii.b2a_hex(data), binascii.b2a_base64(data), binascii.crc32(data), binascii.crc_hqx(data, 0))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", "_", -2))
print(bytes.fromhex("0102").hex(), binascii.unhexlify("01ff"), binascii.a2b_hex(b"ABcd"), binascii.unhexlify(bytearray(b"00")))
for bad in ["0", "zz", 1, "\u00e9\u00e9"]:
    try:
        binascii.unhexlify(bad)
    except Exception as e:
        print(type(e).__name__, e)
for sep in ["ab", 1, "\u00e9"]:
    try:
        binascii.hexlify(b"ab", sep)
    except Exception as e:
        print(type(e).__name__, e)
print(binascii.b2a_base64(b"x", newline=False), binascii.a2b_base64("AQ\nID"), binascii.a2b_base64(b"AQ=="), binascii.a2b_base64(b"AQ==rest"))
print(binascii.a2b_base64(b"A!Q*I=D"), binascii.a2b_base64(b"") )
for bad in [b"AQI", b"A", b"AQIDB", 5]:
    try:
        binascii.a2b_base64(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(binascii.crc32(b"abc", 5), binascii.crc32(b"def", binascii.crc32(b"abc")) == binascii.crc32(b"abcdef"), binascii.crc32(b"x", -1))
print(binascii.crc_hqx(b"abc", 0), binascii.crc_hqx(b"abc", 0xffff), binascii.crc_hqx(b"", 0x12345))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception), binascii.Error.__module__)
try:
    binascii.hexlify("str")
except TypeError as e:
    print("TypeError", e)
print(base64.b64encode(b"hello world"), base64.b64decode(b"aGVsbG8gd29ybGQ="), base64.b16encode(b"\xab"), base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b32encode(b"abc"), base64.b85encode(b"abc"))
big = bytes(range(256)) * 40
print(binascii.crc32(big), binascii.crc32(big[:5000], binascii.crc32(big[5000:])) != 0, binascii.crc32(big[5000:], binascii.crc32(big[:5000])) == binascii.crc32(big))
