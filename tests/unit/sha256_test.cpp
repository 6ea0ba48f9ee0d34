#include <catch2/catch.hpp>

#include <string>

#include "util/sha256.hpp"

using namespace wwc;

// Expected digests from Python's hashlib: hashlib.sha256(b"a" * n).hexdigest().
// The lengths are the padding boundaries: the 0x80 byte and the 8-byte length
// fit in the last block up to 55 bytes, and need a block of their own from 56.
TEST_CASE("sha256_hex of messages of 'a' at every padding boundary") {
    const auto a = [](std::size_t n) { return sha256_hex(std::string(n, 'a')); };
    CHECK(a(0) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(a(1) == "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
    CHECK(a(55) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(a(56) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(a(63) == "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
    CHECK(a(64) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    CHECK(a(65) == "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0");
    CHECK(a(119) == "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb");
    CHECK(a(120) == "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c");
    // FIPS 180-2, appendix B.3.
    CHECK(a(1000000) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256_hex of the FIPS 180-2 one-block message and of bytes above 0x7f") {
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // hashlib.sha256(b"\xff\x00\x80").hexdigest()
    CHECK(sha256_hex(std::string("\xff\x00\x80", 3)) ==
          "ef192b7af54e943f206ab27075ec1805384c972c9959fc5820f1fa7d5268fcef");
}
