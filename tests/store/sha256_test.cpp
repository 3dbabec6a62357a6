#include "app/store/sha256.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

// Test vectors from FIPS 180-4 examples and NIST's SHA-256 test set.
TEST(Sha256, KnownVectors) {
    EXPECT_EQ(store::sha256Hex(""),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(store::sha256Hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(store::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(store::sha256Hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, BlockBoundaries) {
    // 55, 56 and 64 bytes take the one- and two-block padding paths.
    EXPECT_EQ(store::sha256Hex(std::string(55, 'x')).size(), 64u);
    EXPECT_NE(store::sha256Hex(std::string(55, 'x')), store::sha256Hex(std::string(56, 'x')));
    EXPECT_EQ(store::sha256Hex(std::string(64, 'a')),
              "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

}  // namespace
