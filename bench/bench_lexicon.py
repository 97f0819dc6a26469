"""Benchmark: lexicon tagging latency and throughput against plain jieba.lcut in the same run."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ANSWERS = [
    "钱少事多离家远，主要还是觉得在这里没什么发展。",
    "领导其实人挺好的，就是我们组天天加班到十点以后，周末也经常被叫回来。",
    "不是因为钱，主要是家里老人身体不好，需要回老家照顾一段时间。",
    "入职的时候说好有五险一金，结果试用期三个月都不交社保，加班费也不给。",
    "KPI定得特别高，完不成就扣绩效，干多干少一个样，感觉付出得不到认可。",
    "拿到了一个更好的offer，薪资涨了百分之三十，也想换个赛道试试。",
    "同事之间相处还挺融洽的，就是上班太远了，单程要一个半小时。",
    "谢谢公司这几年的培养，学到了很多，真的挺舍不得大家的。",
]


def _time(fn: Callable[[str], object], rounds: int) -> list[float]:
    """Per-call latencies in milliseconds over all answers, repeated."""
    latencies = []
    for _ in range(rounds):
        for text in ANSWERS:
            start = time.perf_counter()
            fn(text)
            latencies.append((time.perf_counter() - start) * 1000)
    return latencies


def _report(name: str, latencies: list[float]) -> None:
    """Print p50, p95 and answers per second."""
    ordered = sorted(latencies)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    rate = len(ordered) / (sum(ordered) / 1000)
    print(f"{name:<28} p50 {statistics.median(ordered):7.3f} ms  p95 {p95:7.3f} ms  {rate:9.0f}/s")


def main(rounds: int = 300) -> None:
    """Warm both paths up, then time them side by side."""
    start = time.perf_counter()
    import jieba

    from assistant.nlp.lexicon import LexiconTagger
    from assistant.nlp.segment import segment

    segment("预热")
    print(f"import + jieba/HR-dict init: {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    tagger = LexiconTagger()
    print(f"lexicon load + compile:      {time.perf_counter() - start:.2f} s")
    jieba.setLogLevel(60)
    jieba.lcut("预热")
    mean_len = sum(map(len, ANSWERS)) / len(ANSWERS)
    print(f"{len(ANSWERS)} answers x {rounds} rounds, mean {mean_len:.0f} chars")
    _report("baseline jieba.lcut", _time(jieba.lcut, rounds))
    _report("segment (HR dict)", _time(segment, rounds))
    _report("LexiconTagger.tag", _time(tagger.tag, rounds))
    _report("LexiconTagger.certain", _time(tagger.certain, rounds))
    big = "".join(ANSWERS) * (1_000_000 // len("".join(ANSWERS)))
    start = time.perf_counter()
    tagger.tag(big)
    print(
        f"1 MB answer (capped to first 4,000 chars): {(time.perf_counter() - start) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
