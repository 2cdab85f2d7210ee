/*
 * siphash.h -- SipHash (Aumasson and Bernstein), a keyed 64-bit digest of a
 * byte string.
 *
 * The profile loader keys it at random once a process (SipHash-1-3: one
 * round per 8-byte word, three to finish) to tell whether a profile read a
 * second time has the bytes already checked (profile.c).  The round counts
 * are parameters so that the unit test can hold this one implementation to
 * the published vectors of both SipHash-2-4 and SipHash-1-3
 * (tests/unit/test_siphash.c); callers pass constants, and the function,
 * inline, is compiled for them.
 */
#ifndef LX_SIPHASH_H
#define LX_SIPHASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define LX_SIP_ROTL(x, b) (((x) << (b)) | ((x) >> (64 - (b))))

/* One SipRound over the state v[4]. */
static inline void lx_sip_round(uint64_t v[4]) {
  v[0] += v[1]; v[1] = LX_SIP_ROTL(v[1], 13); v[1] ^= v[0]; v[0] = LX_SIP_ROTL(v[0], 32);
  v[2] += v[3]; v[3] = LX_SIP_ROTL(v[3], 16); v[3] ^= v[2];
  v[0] += v[3]; v[3] = LX_SIP_ROTL(v[3], 21); v[3] ^= v[0];
  v[2] += v[1]; v[1] = LX_SIP_ROTL(v[1], 17); v[1] ^= v[2]; v[2] = LX_SIP_ROTL(v[2], 32);
}

/* The 8 bytes at p as a little-endian word, whatever the host's order. */
static inline uint64_t lx_sip_word(const unsigned char *p) {
  uint64_t w;
  memcpy(&w, p, sizeof w);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  w = __builtin_bswap64(w);
#endif
  return w;
}

/* SipHash-c-d of the n bytes at s under key (k0, k1: the key's bytes 0-7 and
** 8-15 read little-endian): c rounds per word, d to finish. */
static inline uint64_t lx_siphash(uint64_t k0, uint64_t k1, const void *s, size_t n, int c, int d) {
  const unsigned char *p = s;
  uint64_t v[4] = { k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL,
                    k0 ^ 0x6c7967656e657261ULL, k1 ^ 0x7465646279746573ULL };
  size_t whole = n & ~(size_t)7;
  for (size_t i = 0; i < whole; i += 8) {
    uint64_t m = lx_sip_word(p + i);
    v[3] ^= m;
    for (int r = 0; r < c; r++) lx_sip_round(v);
    v[0] ^= m;
  }
  uint64_t last = (uint64_t)(n & 0xff) << 56;   /* the length's low byte, then the bytes left */
  for (size_t i = whole; i < n; i++) last |= (uint64_t)p[i] << (8 * (i - whole));
  v[3] ^= last;
  for (int r = 0; r < c; r++) lx_sip_round(v);
  v[0] ^= last;
  v[2] ^= 0xff;
  for (int r = 0; r < d; r++) lx_sip_round(v);
  return v[0] ^ v[1] ^ v[2] ^ v[3];
}

#endif
