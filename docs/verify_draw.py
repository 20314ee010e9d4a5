#!/usr/bin/env python3
"""Check a Xinjian double-random draw record (双随机抽取记录) without Xinjian.

    python3 verify_draw.py DRAW.json

DRAW.json is the public record (GET /api/v1/public/spotcheck/draws/{id}) or the internal one.
Public record: the seed matches the commitment published with the plan, the population is sorted
and complete, every selected enterprise is a member, and the counts add up. Internal record:
additionally the population digest, the sizes per stratum, the order of selection and every
inspector, recomputed bit for bit (domain-rules.md §8). Prints each check as `ran:` or `skipped:`,
each difference, then `ok` (exit 0) or the number of differences (exit 1).
Python 3 standard library only; SM3 from hashlib when OpenSSL provides it, else the pure-Python
implementation below (GB/T 32905-2016). `--pure-sm3` forces the latter.
"""
import hashlib
import json
import math
import sys

# ---- SM3 (GB/T 32905-2016) ----------------------------------------------------------------------
_IV = [0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600, 0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E]
_M = 0xFFFFFFFF


def _rotl(x, n):
    n %= 32
    return ((x << n) | (x >> (32 - n))) & _M


def _p0(x):
    return x ^ _rotl(x, 9) ^ _rotl(x, 17)


def _p1(x):
    return x ^ _rotl(x, 15) ^ _rotl(x, 23)


def sm3_pure(data):
    length = len(data) * 8
    data = data + b"\x80" + b"\x00" * ((55 - len(data)) % 64) + length.to_bytes(8, "big")
    v = list(_IV)
    for off in range(0, len(data), 64):
        w = [int.from_bytes(data[off + 4 * i: off + 4 * i + 4], "big") for i in range(16)]
        for j in range(16, 68):
            w.append(_p1(w[j - 16] ^ w[j - 9] ^ _rotl(w[j - 3], 15)) ^ _rotl(w[j - 13], 7) ^ w[j - 6])
        w1 = [w[j] ^ w[j + 4] for j in range(64)]
        a, b, c, d, e, f, g, h = v
        for j in range(64):
            t = 0x79CC4519 if j < 16 else 0x7A879D8A
            ss1 = _rotl((_rotl(a, 12) + e + _rotl(t, j)) & _M, 7)
            ss2 = ss1 ^ _rotl(a, 12)
            if j < 16:
                ff, gg = a ^ b ^ c, e ^ f ^ g
            else:
                ff, gg = (a & b) | (a & c) | (b & c), (e & f) | (~e & g)
            tt1 = (ff + d + ss2 + w1[j]) & _M
            tt2 = (gg + h + ss1 + w[j]) & _M
            d, c, b, a = c, _rotl(b, 9), a, tt1
            h, g, f, e = g, _rotl(f, 19), e, _p0(tt2)
        v = [x ^ y for x, y in zip(v, [a, b, c, d, e, f, g, h])]
    return b"".join(x.to_bytes(4, "big") for x in v)


def _sm3_hashlib(data):
    return hashlib.new("sm3", data).digest()


try:
    hashlib.new("sm3", b"abc")
    sm3 = _sm3_hashlib
except ValueError:
    sm3 = sm3_pure

# ---- the draw, domain-rules.md §8 ----------------------------------------------------------------
STRATA = "ABCD"


def quota(n, ratio):
    bp = math.floor(ratio * 10000 + 0.5)          # §8.5 basis points
    return min(n, (n * bp + 9999) // 10000)


def select(seed, population, ratios):
    """§8.6: per stratum by SM3(seed ‖ USCC), ties by USCC; strata A, B, C, D in order."""
    selected = []
    for s in STRATA:
        members = sorted((sm3(seed + m["uscc"].encode("ascii")), m["uscc"]) for m in population if m["stratum"] == s)
        selected += [(u, s) for _, u in members[:quota(len(members), ratios[s])]]
    return selected


def assign(seed, selected, pool, m, recusals, rotation):
    """§8.7: candidates ranked by SM3(seed ‖ | ‖ USCC ‖ | ‖ id); load cap ⌈K m / P⌉."""
    pool = sorted(set(pool))
    excluded = {}
    for r in recusals:
        excluded.setdefault(r["uscc"], set()).add(r["inspector"])
    for r in rotation:
        excluded.setdefault(r["uscc"], set()).update(r["inspectors"])
    cap = -(-len(selected) * m // len(pool)) if pool else 0
    load = {i: 0 for i in pool}
    out = []
    for uscc, _ in selected:
        prefix = seed + b"|" + uscc.encode("ascii") + b"|"
        ranked = sorted((sm3(prefix + i.encode("utf-8")), i) for i in pool if i not in excluded.get(uscc, ()))
        if len(ranked) < m:
            raise ValueError("insufficient_inspectors: " + uscc)
        chosen = [i for _, i in ranked if load[i] < cap][:m]
        chosen += [i for _, i in ranked if load[i] >= cap][:m - len(chosen)]
        for i in chosen:
            load[i] += 1
        out.append(chosen)
    return out


def verify(record):
    checks = []  # (ran, name, [differences])
    internal = "pool" in record
    diffs = []
    seed = None
    try:
        seed = bytes.fromhex(record["seed"]) if record["seed"] == record["seed"].lower() else None
    except ValueError:
        pass
    if seed is None or len(seed) != 32:
        diffs.append("seed is not 64 lowercase hex characters")
        seed = None
    elif sm3(seed).hex() != record["seed_commitment"]:
        diffs.append("seed_commitment %s != SM3(seed) %s" % (record["seed_commitment"], sm3(seed).hex()))
    checks.append((True, "commitment", diffs))

    population = record["population"]
    usccs = [p["uscc"] for p in population] if internal else population
    diffs = []
    if len(usccs) != record["population_size"]:
        diffs.append("population_size %d, population has %d" % (record["population_size"], len(usccs)))
    if any(a.encode() >= b.encode() for a, b in zip(usccs, usccs[1:])):
        diffs.append("population is not sorted by USCC or has duplicates")
    checks.append((True, "population", diffs))
    sorted_ok = not diffs

    if not internal:
        members = set(usccs)
        diffs = ["selected %s is not in the population" % t["uscc"] for t in record["selected"] if t["uscc"] not in members]
        checks.append((True, "selected_in_population", diffs))
        diffs = []
        strata = record["strata"]
        if sum(strata[s]["size"] for s in STRATA) != record["population_size"]:
            diffs.append("strata sizes do not add up to population_size")
        if sum(strata[s]["selected"] for s in STRATA) != len(record["selected"]):
            diffs.append("strata selected counts do not add up to the selected list")
        checks.append((True, "counts", diffs))
        for name in ("population_digest", "strata", "selection", "inspectors"):
            checks.append((False, name, []))
        return checks

    text = "".join("%s,%s\n" % (p["uscc"], p["stratum"]) for p in population).encode("ascii")
    digest = sm3(text).hex()
    checks.append((True, "population_digest",
                   [] if digest == record["population_digest"] else ["population_digest %s, recomputed %s" % (record["population_digest"], digest)]))
    if seed is None or not sorted_ok:
        for name in ("strata", "selection", "inspectors"):
            checks.append((False, name, []))
        return checks
    diffs = []
    for s in STRATA:
        n = sum(1 for p in population if p["stratum"] == s)
        want = {"size": n, "selected": quota(n, record["ratios"][s])}
        for key in ("size", "selected"):
            if record["strata"][s][key] != want[key]:
                diffs.append("strata.%s.%s %d, recomputed %d" % (s, key, record["strata"][s][key], want[key]))
    checks.append((True, "strata", diffs))
    selected = select(seed, population, record["ratios"])
    have = [(t["uscc"], t["stratum"]) for t in record["selected"]]
    diffs = ["selected[%d] %s, recomputed %s" % (i, h, w) for i, (h, w) in enumerate(zip(have, selected)) if h != w]
    if len(have) != len(selected):
        diffs.append("selected has %d, recomputed %d" % (len(have), len(selected)))
    checks.append((True, "selection", diffs))
    diffs = []
    try:
        assigned = assign(seed, selected, record["pool"], record["inspectors_per_task"], record["recusals"], record["rotation"])
        for i, (t, want) in enumerate(zip(record["selected"], assigned)):
            if t["uscc"] == selected[i][0] and t["inspectors"] != want:
                diffs.append("selected[%d].inspectors %s, recomputed %s" % (i, t["inspectors"], want))
    except ValueError as e:
        diffs.append("recomputation fails: %s" % e)
    checks.append((True, "inspectors", diffs))
    return checks


def main(argv):
    global sm3
    args = [a for a in argv[1:] if a != "--pure-sm3"]
    if "--pure-sm3" in argv:
        sm3 = sm3_pure
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        record = json.load(f)
    print("record: %s" % ("internal" if "pool" in record else "public"))
    count = 0
    for ran, name, diffs in verify(record):
        print("%s: %s" % ("ran" if ran else "skipped", name))
        for d in diffs:
            print("  difference: " + d)
        count += len(diffs)
    if count:
        print("%d difference(s)" % count)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
