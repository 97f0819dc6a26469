#!/usr/bin/env python3
"""Build the training split of the exit-interview classifier corpus.

Standard library only, deterministic (random.Random(20261123)).

    python build_train.py            # writes train.jsonl next to this file
    python build_train.py --stats    # builds in memory, prints the label-count
                                     # table and checks; exit 1 if a check fails

Material:
  _hw_train_*.py      hand-written whole answers (source "handwritten")
  _clauses_train.py   hand-written clause pools, composed here (source "composed")
Line format in both: LABELS|SENT|TEXT (see _clauses_train.py docstring).
"""

import glob
import importlib.util
import json
import os
import random
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "train.jsonl")
SEED = 20261123

REASONS = [
    "pay",
    "career",
    "manager",
    "workload",
    "appraisal",
    "training",
    "job_fit",
    "culture",
    "conditions",
    "company",
    "family",
    "location",
    "health",
    "study",
    "offer",
    "involuntary",
]
FLAGS = ["harassment", "discrimination", "misconduct", "safety", "labor_law"]
KEYS = REASONS + FLAGS
ORDER = {k: i for i, k in enumerate(KEYS)}
SENT = {"-": "negative", "0": "neutral", "+": "positive"}

# ---- targets ---------------------------------------------------------------
TARGET_TOTAL = 12850
TARGET_NONE_SHARE = 0.13
TARGET_FLAG = 190
TARGET_POS_SHARE = 0.115
TARGET_NEU_SHARE = 0.22
NOISE_RATE = 0.16  # share of composed answers that get noise
# hard requirements checked by --stats
REQ_TOTAL = 4000
REQ_HANDWRITTEN = 1200
REQ_REASON = 150
REQ_FLAG = 100
REQ_NONE = 0.10
REQ_NEU = 0.15
REQ_POS = 0.08
REQ_REASON_CLAUSES = 40
REQ_FLAG_CLAUSES = 30


# ---- loading ---------------------------------------------------------------
def _load_module(path):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def parse_line(line, where):
    parts = line.split("|", 2)
    if len(parts) != 3:
        raise ValueError(f"{where}: bad line {line!r}")
    labs, sent, text = parts
    labs = [] if labs.strip() in ("-", "") else labs.split()
    for k in labs:
        if k not in ORDER:
            raise ValueError(f"{where}: unknown key {k!r} in {line!r}")
    if sent not in SENT:
        raise ValueError(f"{where}: bad sentiment {sent!r} in {line!r}")
    text = text.strip()
    if not text:
        raise ValueError(f"{where}: empty text")
    return tuple(sorted(set(labs), key=ORDER.get)), sent, text


def load_handwritten():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "_hw_train_*.py"))):
        mod = _load_module(path)
        for n, line in enumerate(mod.HW.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            rows.append(parse_line(line, "%s:%d" % (os.path.basename(path), n)))
    return rows


def load_clauses():
    mod = _load_module(os.path.join(HERE, "_clauses_train.py"))
    pools, sec = {}, None
    for n, line in enumerate(mod.CLAUSES.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            sec = line[3:].strip()
            pools.setdefault(sec, [])
            continue
        labs, sent, text = parse_line(line, "_clauses_train.py:%d" % n)
        if sec in ORDER and sec not in labs:
            raise ValueError(f"clause {text!r} in section {sec} lacks its key")
        pools[sec].append((labs, sent, text))
    return pools


# ---- composition -------------------------------------------------------------
CONNECT = [
    "，",
    "，",
    "，",
    "，而且",
    "，再加上",
    "。另外",
    "。还有就是",
    "；",
    "，加上",
    "，同时",
    "。再说",
    "。",
    "，还有",
    "，另外",
]
CONNECT_NEG = ["，更别说", "，最要命的是", "，关键是", "。最离谱的是"]
CONTRAST_CONN = [
    "，但是",
    "，但",
    "，不过",
    "，就是",
    "，主要是",
    "。问题是",
    "，可是",
    "，只是",
    "。但是",
    "，但说实话",
]
OPEN_ANY = [
    "",
    "",
    "",
    "",
    "",
    "说实话，",
    "其实吧，",
    "怎么说呢，",
    "嗯，",
    "实话实说，",
    "坦白讲，",
    "个人觉得，",
    "离职原因：",
    "简单说就是",
]
OPEN_LEAD = ["主要是", "我走主要是因为", "主要还是因为", "原因很简单，", "说白了就是"]
OPEN_NEG = [
    "吐槽一下：",
    "真的受够了，",
    "不吐不快，",
    "唉，",
    "说出来都是泪，",
    "没什么好留恋的，",
]
OPEN_NEU_FORMAL = ["您好，", "经过慎重考虑，", "我这边的情况是：", "如实说一下，"]
END_ANY = ["。", "。", "。", "。", "", "…", "～"]
END_NEG = ["！", "。", "。", "！！", "。。。"]
FRAME_NEG = [
    "【匿名评价】{x}",
    "#离职# {x}",
    "在某公司干了两年，说几句：{x}",
    "给后来的人提个醒：{x}",
    "问：为什么离职？答：{x}",
    "{x}（匿名）",
    "某公司离职员工：{x}",
    "友情提示：{x}",
]
FRAME_NEU = ["问：为什么离职？答：{x}", "离职原因：{x}", "{x}", "{x}"]
INCOMPATIBLE = {("study", "offer"), ("offer", "involuntary"), ("study", "involuntary")}
# in neutral/positive answers the neutral clauses of these keys talk about "finding another
# job", which contradicts leaving to study
INCOMPATIBLE_SOFT = {
    ("study", "pay"),
    ("study", "conditions"),
    ("study", "job_fit"),
    ("study", "career"),
    ("study", "workload"),
}

# noise material
TYPO = [
    ("加班", "加斑"),
    ("工资", "工姿"),
    ("离职", "离值"),
    ("什么", "神马"),
    ("觉得", "觉的"),
    ("没有", "木有"),
    ("压力", "鸭梨"),
    ("知道", "造"),
    ("老板", "老版"),
    ("这样", "酱紫"),
    ("辞职", "辞只"),
    ("已经", "以经"),
    ("真的", "真滴"),
    ("厉害", "利害"),
    ("有点", "有d"),
    ("喜欢", "稀饭"),
    ("领导", "领到"),
    ("休息", "修息"),
    ("再", "在"),
]
ENGLISH = [
    ("领导", "leader"),
    ("人事", "HR"),
    ("绩效", "KPI"),
    ("工作机会", "offer"),
    ("离职", "lz"),
    ("老板", "boss"),
    ("项目", "project"),
    ("开会", "开meeting"),
    ("加班", "加班(OT)"),
    ("压力", "pressure"),
    ("公司", "gs"),
]
EMOJI_NEG = ["😅", "🙃", "😭", "😤", "💰", "😮‍💨", "🤡", "🙄", "😩", "💢"]
EMOJI_OK = ["🙏", "😊", "👋", "🤝", "✌️", "😄", "🌹"]
TAIL_NEG = [
    "，打工人太难了",
    "，呵呵",
    "，emmm",
    "，懂的都懂",
    "，就酱",
    "，唉",
    "，真·福报",
    "，牛马的命",
    " 心累",
]
TAIL_OK = ["，就酱", "～", "，哈哈", "，emmm", "，嗯"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def add_noise(text, sent, rng):
    ops = ["typo", "typo", "english", "emoji", "tail", "fullwidth", "punct", "space"]
    n = 1 if rng.random() < 0.7 else 2
    for op in rng.sample(ops, n):
        if op == "typo":
            cands = [p for p in TYPO if p[0] in text]
            if cands:
                a, b = rng.choice(cands)
                text = text.replace(a, b, 1)
                continue
            op = "emoji"
        if op == "english":
            cands = [p for p in ENGLISH if p[0] in text]
            if cands:
                a, b = rng.choice(cands)
                text = text.replace(a, b, 1)
                continue
            op = "tail"
        if op == "fullwidth":
            if re.search(r"[0-9]", text):
                text = text.translate(FW)
                continue
            op = "emoji"
        if op == "emoji":
            pool = EMOJI_NEG if sent == "negative" else EMOJI_OK
            e = rng.choice(pool)
            text = text + (e * rng.choice([1, 1, 2, 3]))
        elif op == "tail":
            pool = TAIL_NEG if sent == "negative" else TAIL_OK
            text = re.sub(r"[。！…～]+$", "", text) + rng.choice(pool)
        elif op == "punct":
            if sent == "negative":
                text = re.sub(r"[。！]?$", rng.choice(["！！！", "。。。", "!!", "……"]), text, 1)
            else:
                text = text.replace("，", " ", 1)
        elif op == "space":
            text = text.replace("，", " ").replace("。", " ").strip()
    return text


def merge(parts):
    labs, sents = set(), []
    for p in parts:
        labs.update(p[0])
        sents.append(p[1])
    if "-" in sents:
        s = "negative"
    elif "+" in sents:
        s = "positive"
    else:
        s = "neutral"
    return sorted(labs, key=ORDER.get), s


def no_conflict(piece, labs):
    return not (set(piece[0]) & set(labs))


class Composer:
    def __init__(self, pools, rng):
        self.p = pools
        self.rng = rng
        self.use = Counter()

    def pick(self, pool, pred=lambda c: True):
        cands = [c for c in pool if pred(c)]
        if not cands:
            return None
        # prefer less used clauses (spreads the pool)
        self.rng.shuffle(cands)
        cands.sort(key=lambda c: self.use[c[2]])
        c = cands[0] if self.rng.random() < 0.7 else self.rng.choice(cands)
        self.use[c[2]] += 1
        return c

    def join(self, clauses, neg, lead=False):
        rng = self.rng
        texts = [c[2] for c in clauses]
        if not lead and len(texts) >= 2 and rng.random() < 0.15:
            nums = (
                ["一是", "二是", "三是"] if rng.random() < 0.5 else ["第一，", "第二，", "第三，"]
            )
            sep = "，" if nums[0] == "一是" else "；"
            return sep.join(nums[i] + t for i, t in enumerate(texts))
        if not lead and len(texts) >= 2 and rng.random() < 0.12:
            out = "主要是" + texts[0] + "，其次是" + texts[1]
            if len(texts) == 3:
                out += "，还有" + texts[2]
            return out
        out = texts[0]
        conns = CONNECT + (CONNECT_NEG if neg else [])
        used = set()
        for t in texts[1:]:
            c = rng.choice([x for x in conns if x not in used])
            used.add(c)
            out += c + t
        return out

    def body(self, keys, mode, extra=None):
        """keys: reason keys; extra: a pre-picked clause (flag clause) put first."""
        rng = self.rng
        clauses = [extra] if extra else []
        for i, k in enumerate(keys):
            taken = set(x for c in clauses for x in c[0])
            if mode in ("neu", "pos"):

                def pred(c):
                    return c[1] == "0" and not (set(c[0]) - {k}) & taken
            elif i == 0 and not extra and rng.random() < 0.85:

                def pred(c):
                    return c[1] == "-" and not (set(c[0]) - {k}) & taken
            else:

                def pred(c):
                    return not (set(c[0]) - {k}) & taken

            c = self.pick(self.p[k], pred)
            if c is None:
                c = self.pick(self.p[k])
            clauses.append(c)
        rng.shuffle(clauses) if (extra and rng.random() < 0.4) else None
        return clauses

    def reason_item(self, keys, mode):
        rng = self.rng
        clauses = self.body(keys, mode)
        labs, sent = merge(clauses)
        neg = sent == "negative"
        parts = list(clauses)
        prefix = ""
        used_contrast = False
        lead = False
        if mode != "pos" and rng.random() < 0.2:
            c = self.pick(self.p["contrast"], lambda x: no_conflict(x, labs))
            if c:
                prefix = c[2] + rng.choice(CONTRAST_CONN)
                parts.append(((), c[1], c[2]))
                used_contrast = True
        if mode == "pos":
            o = self.pick(self.p["open_pos"], lambda x: no_conflict(x, labs))
            prefix = o[2] + rng.choice(["，", "。", "，不过", "。主要是", "，这次主要是因为"])
            parts.append(((), o[1], o[2]))
        opener = ""
        lead = used_contrast or mode == "pos"
        if not used_contrast and mode != "pos":
            r = rng.random()
            if neg and r < 0.18:
                opener = rng.choice(OPEN_NEG)
            elif r < 0.35:
                opener = rng.choice(OPEN_LEAD)
                lead = True
            elif mode == "neu" and r < 0.5:
                opener = rng.choice(OPEN_NEU_FORMAL)
            else:
                opener = rng.choice(OPEN_ANY)
        core = self.join(clauses, neg, lead)
        text = opener + prefix + core
        labs, sent = merge(parts)
        closer = None
        r = rng.random()
        if mode == "pos":
            if r < 0.75:
                closer = self.pick(self.p["close_pos"], lambda x: no_conflict(x, labs))
        elif sent == "negative":
            if r < 0.22:
                closer = self.pick(self.p["close_neg"])
            elif r < 0.42:
                closer = self.pick(self.p["close_neu"])
        else:
            if r < 0.35:
                closer = self.pick(self.p["close_neu"])
        if closer:
            text += rng.choice(["，", "。", "。", "，"]) + closer[2]
            parts.append(((), closer[1], closer[2]))
        labs, sent = merge(parts)
        text += rng.choice(END_NEG if sent == "negative" else END_ANY)
        if sent == "negative" and rng.random() < 0.1:
            text = rng.choice(FRAME_NEG).format(x=text)
        elif sent == "neutral" and rng.random() < 0.08:
            text = rng.choice(FRAME_NEU).format(x=text)
        return text, labs, sent

    def flag_item(self, flag):
        rng = self.rng
        fc = self.pick(self.p[flag])
        n_extra = rng.choices([0, 1, 2], [0.45, 0.45, 0.10])[0]
        taken = set(fc[0])
        keys = [k for k in REASONS if k not in taken]
        extra = []
        for k in rng.sample(keys, n_extra):
            extra.append(k)
        clauses = self.body(extra, "neg", extra=fc)
        labs, sent = merge(clauses)
        parts = list(clauses)
        r = rng.random()
        head, lead = "", False
        if r < 0.15:
            c = self.pick(self.p["contrast"], lambda x: no_conflict(x, labs))
            if c:
                head, lead = c[2] + rng.choice(CONTRAST_CONN), True
                parts.append(((), c[1], c[2]))
        elif r < 0.45:
            head = rng.choice(OPEN_ANY + OPEN_NEG + OPEN_LEAD)
            lead = head in OPEN_LEAD
        text = head + self.join(clauses, True, lead)
        if rng.random() < 0.3:
            cl = self.pick(self.p["close_neg"] + self.p["close_neu"])
            text += rng.choice(["，", "。"]) + cl[2]
            parts.append(((), cl[1], cl[2]))
        labs, sent = merge(parts)
        text += rng.choice(END_NEG)
        if rng.random() < 0.12:
            text = rng.choice(FRAME_NEG).format(x=text)
        return text, labs, sent

    def none_item(self):
        rng = self.rng
        A, B, C = self.p["none_a"], self.p["none_b"], self.p["none_c"]
        pat = rng.choice(["a", "ac", "ba", "bc", "ab", "bbc", "abc", "bac", "ac", "ba"])
        parts = []
        for ch in pat:
            pool = {"a": A, "b": B, "c": C}[ch]
            c = self.pick(pool, lambda x: x not in parts)
            parts.append(c)
        text = ""
        for i, c in enumerate(parts):
            t = c[2]
            if i > 0:
                prev = parts[i - 1][2]
                if prev.endswith("？"):
                    text += ""
                else:
                    text += rng.choice(["，", "。", "，", "。", " "])
            text += t
        if not text.endswith(("？", "。")):
            text += rng.choice(["。", "", "。", "～"])
        _labs, sent = merge([((), c[1], c[2]) for c in parts])
        return text, [], sent


def compose(pools, hw_items, rng):
    comp = Composer(pools, rng)
    counts = Counter()
    sents = Counter()
    none_n = 0
    seen = set()
    for it in hw_items:
        counts.update(it["reasons"] + it["flags"])
        sents[it["sentiment"]] += 1
        none_n += not it["reasons"]
        seen.add(it["text"])
    out = []

    def add(text, labs, sent):
        nonlocal none_n
        if rng.random() < NOISE_RATE:
            text = add_noise(text, sent, rng)
        if text in seen:
            return False
        seen.add(text)
        reasons = [k for k in labs if k in REASONS]
        flags = [k for k in labs if k in FLAGS]
        out.append(
            {
                "text": text,
                "reasons": reasons,
                "flags": flags,
                "sentiment": sent,
                "source": "composed",
            }
        )
        counts.update(reasons + flags)
        sents[sent] += 1
        none_n += not reasons
        return True

    total_needed = TARGET_TOTAL - len(hw_items)
    # 1) answers with no reason
    target_none = int(TARGET_TOTAL * TARGET_NONE_SHARE)
    tries = 0
    while none_n < target_none and tries < 20000:
        tries += 1
        add(*comp.none_item())
    # 2) flags
    tries = 0
    while tries < 20000:
        low = [f for f in FLAGS if counts[f] < TARGET_FLAG]
        if not low:
            break
        tries += 1
        f = min(low, key=lambda k: (counts[k], rng.random()))
        add(*comp.flag_item(f))
    # 3) reasons, balanced by lowest count; sentiment mode by remaining need
    neutral_keys = [k for k in REASONS if any(c[1] == "0" for c in pools[k])]
    tries = 0
    while len(out) < total_needed and tries < 50000:
        tries += 1
        remaining = total_needed - len(out)
        len(hw_items) + len(out)
        need_pos = TARGET_POS_SHARE * TARGET_TOTAL - sents["positive"]
        need_neu = TARGET_NEU_SHARE * TARGET_TOTAL - sents["neutral"]
        r = rng.random() * remaining
        if r < max(0, need_pos):
            mode = "pos"
        elif r < max(0, need_pos) + max(0, need_neu):
            mode = "neu"
        else:
            mode = "neg"
        cands = neutral_keys if mode != "neg" else REASONS
        primary = min(cands, key=lambda k: counts[k] + rng.random() * 40)
        k = rng.choices([1, 2, 3], [0.5, 0.37, 0.13])[0]
        keys = [primary]
        others = [x for x in cands if x != primary]
        rng.shuffle(others)
        for o in others:
            if len(keys) >= k:
                break
            bad = INCOMPATIBLE | (INCOMPATIBLE_SOFT if mode != "neg" else set())
            if any((a, o) in bad or (o, a) in bad for a in keys):
                continue
            keys.append(o)
        add(*comp.reason_item(keys, mode))
    return out


# Codebook-literal rules applied to every answer (written before these conventions were
# settled): fines and deductions are `appraisal`; an owner who vanishes or a company that
# cannot pay wages is `company`. A negation just before the cue ("不扣钱") blocks the rule.
ALIGN_RULES = (
    (re.compile(r"(?<![不没无别])(罚款|罚钱|罚\d|扣钱|扣绩效|扣分|扣奖金|扣工资)"), "appraisal"),
    (re.compile(r"老板跑路|老板失联|发不起工资|发不出工资|资金链断"), "company"),
)


def align_codebook(item):
    """Apply the conventions that some writers followed inconsistently (see README, round 5).

    Cues add the reasons the codebook implies; a text that reports a flagged wrongdoing
    together with a reason is negative, also in calm legal or letter wording.
    """
    reasons = set(item["reasons"])
    for pattern, key in ALIGN_RULES:
        if pattern.search(item["text"]):
            reasons.add(key)
    sentiment = item["sentiment"]
    if item["flags"] and reasons and sentiment == "neutral":
        sentiment = "negative"
    return {**item, "reasons": sorted(reasons, key=ORDER.get), "sentiment": sentiment}


def build():
    rng = random.Random(SEED)
    hw = load_handwritten()
    pools = load_clauses()
    hw_items, dup_hw = [], []
    seen = set()
    for labs, sent, text in hw:
        if text in seen:
            dup_hw.append(text)
            continue
        seen.add(text)
        hw_items.append(
            {
                "text": text,
                "reasons": [k for k in labs if k in REASONS],
                "flags": [k for k in labs if k in FLAGS],
                "sentiment": SENT[sent],
                "source": "handwritten",
            }
        )
    comp = compose(pools, hw_items, rng)
    items = [align_codebook(it) for it in hw_items + comp]
    rng.shuffle(items)
    rows = []
    for i, it in enumerate(items, 1):
        rows.append(
            {
                "id": "t%05d" % i,
                "text": it["text"],
                "reasons": it["reasons"],
                "flags": it["flags"],
                "sentiment": it["sentiment"],
                "source": it["source"],
            }
        )
    return rows, pools, dup_hw


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


NOISE_RE = re.compile(
    r"[A-Za-z]|[０-９]|[\U0001F300-\U0001FAFF\u2600-\u27BF]|"
    r"加斑|工姿|离值|神马|觉的|木有|鸭梨|酱紫|辞只|以经|真滴|公斯|有d|稀饭|领到|修息|"
    r"画饼|内卷|躺平|摸鱼|福报|打工人|牛马|emmm|！！|。。。"
)


def stats(rows, pools, dup_hw):
    fails = []
    n = len(rows)
    src = Counter(r["source"] for r in rows)
    texts = Counter(r["text"] for r in rows)
    dups = sum(v - 1 for v in texts.values() if v > 1)
    print("# Training split statistics\n")
    print("answers: %d (handwritten %d, composed %d)" % (n, src["handwritten"], src["composed"]))
    print("duplicate texts: %d (handwritten lines dropped as duplicates: %d)" % (dups, len(dup_hw)))
    for t in dup_hw:
        print("  dup:", t)
    print()
    print("| key | 中文 | all | handwritten | composed |")
    print("|---|---|---:|---:|---:|")
    zh = {
        "pay": "薪酬福利",
        "career": "职业发展",
        "manager": "上级与管理",
        "workload": "工作强度",
        "appraisal": "考核与认可",
        "training": "培训与带教",
        "job_fit": "岗位匹配",
        "culture": "文化与人际",
        "conditions": "工作条件",
        "company": "公司前景",
        "family": "家庭与个人",
        "location": "地点与通勤",
        "health": "身心健康",
        "study": "继续深造",
        "offer": "外部机会",
        "involuntary": "非自愿离职",
        "harassment": "骚扰与欺凌",
        "discrimination": "歧视",
        "misconduct": "舞弊与违规",
        "safety": "安全隐患",
        "labor_law": "劳动违法",
    }
    for k in KEYS:
        field = "reasons" if k in REASONS else "flags"
        a = sum(k in r[field] for r in rows)
        h = sum(k in r[field] for r in rows if r["source"] == "handwritten")
        print("| %s | %s | %d | %d | %d |" % (k, zh[k], a, h, a - h))
        req = REQ_REASON if k in REASONS else REQ_FLAG
        if a < req:
            fails.append("%s has %d < %d" % (k, a, req))
    none = sum(not r["reasons"] for r in rows)
    noneh = sum(not r["reasons"] for r in rows if r["source"] == "handwritten")
    print("| (no reason) | 无原因 | %d | %d | %d |" % (none, noneh, none - noneh))
    print()
    print("no-reason share: %.1f%%" % (100.0 * none / n))
    sc = Counter(r["sentiment"] for r in rows)
    sh = Counter(r["sentiment"] for r in rows if r["source"] == "handwritten")
    for s in ("negative", "neutral", "positive"):
        print("sentiment %-8s: %5d (%.1f%%; handwritten %d)" % (s, sc[s], 100.0 * sc[s] / n, sh[s]))
    nr = Counter(len(r["reasons"]) for r in rows)
    print("reasons per answer: " + ", ".join("%d: %d" % (k, nr[k]) for k in sorted(nr)))
    nf = sum(bool(r["flags"]) for r in rows)
    print("answers with any flag: %d (%.1f%%)" % (nf, 100.0 * nf / n))
    noisy = sum(bool(NOISE_RE.search(r["text"])) for r in rows)
    print(
        "answers with visible noise (latin/emoji/full-width/typo/slang, heuristic): %d (%.1f%%)"
        % (noisy, 100.0 * noisy / n)
    )
    hl = sorted(len(r["text"]) for r in rows if r["source"] == "handwritten")
    if hl:
        print(
            "handwritten length: min %d, median %d, max %d chars"
            % (hl[0], hl[len(hl) // 2], hl[-1])
        )
    al = sorted(len(r["text"]) for r in rows)
    print("all lengths: min %d, median %d, max %d chars" % (al[0], al[len(al) // 2], al[-1]))
    rc = {k: len(pools[k]) for k in REASONS}
    fc = {k: len(pools[k]) for k in FLAGS}
    print(
        "clause pool sizes: "
        + ", ".join("%s %d" % kv for kv in list(rc.items()) + list(fc.items()))
    )
    print(
        "other pools: "
        + ", ".join("%s %d" % (k, len(v)) for k, v in pools.items() if k not in ORDER)
    )
    # checks
    if n < REQ_TOTAL:
        fails.append("total %d < %d" % (n, REQ_TOTAL))
    if src["handwritten"] < REQ_HANDWRITTEN:
        fails.append("handwritten %d < %d" % (src["handwritten"], REQ_HANDWRITTEN))
    if dups or dup_hw:
        fails.append("duplicates present")
    if none / n < REQ_NONE:
        fails.append(f"no-reason share {none / n:.3f} < {REQ_NONE:.2f}")
    if sc["neutral"] / n < REQ_NEU:
        fails.append("neutral share too low")
    if sc["positive"] / n < REQ_POS:
        fails.append("positive share too low")
    for k, v in rc.items():
        if v < REQ_REASON_CLAUSES:
            fails.append("clause pool %s has %d < %d" % (k, v, REQ_REASON_CLAUSES))
    for k, v in fc.items():
        if v < REQ_FLAG_CLAUSES:
            fails.append("clause pool %s has %d < %d" % (k, v, REQ_FLAG_CLAUSES))
    for r in rows:
        if r["reasons"] != sorted(r["reasons"], key=ORDER.get) or r["flags"] != sorted(
            r["flags"], key=ORDER.get
        ):
            fails.append("unsorted labels in {}".format(r["id"]))
            break
    dev = os.path.join(HERE, "dev.jsonl")
    if os.path.exists(dev):
        # informational leakage check against the separately written dev split
        with open(dev, encoding="utf-8") as f:
            dev_texts = set(json.loads(line)["text"] for line in f if line.strip())
        ov = [r["text"] for r in rows if r["text"] in dev_texts]
        print(
            "exact text overlap with dev.jsonl: %d%s"
            % (len(ov), (" " + repr(ov[:10])) if ov else "")
        )
    if os.path.exists(OUT):
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == dumps(rows)
        print(f"train.jsonl on disk matches this build: {same}")
        if not same:
            fails.append("train.jsonl is stale: rerun build_train.py")
    else:
        fails.append("train.jsonl missing")
    print()
    if fails:
        print("FAILED checks:")
        for f in fails:
            print("  -", f)
        return 1
    print("all checks passed")
    return 0


def main(argv):
    rows, pools, dup_hw = build()
    if "--stats" in argv:
        return stats(rows, pools, dup_hw)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(rows))
    print("wrote %d answers to %s" % (len(rows), OUT))
    if dup_hw:
        print("warning: %d duplicate handwritten lines dropped" % len(dup_hw))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
