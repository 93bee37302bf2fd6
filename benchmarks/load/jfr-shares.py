#!/usr/bin/env python3
"""Where the events-service's execution samples fall: for each pipeline stage (a method that stays on
the stack while the stage runs), the share of all samples whose stack contains it. Stages nest, so the
shares do not add up. Usage: jfr-shares.py RECORDING.jfr [HH:MM:SS] (only samples from that time on)."""
import re
import subprocess
import sys

STAGES = [
    ("POST /api/articles", "ArticleService.ingest"),
    ("  extraction (ArticlePipeline.run)", "ArticlePipeline.run"),
    ("  merge: find the same happening", "EventMerger.findSame"),
    ("  merge: all of EventMerger.store", "EventMerger.store"),
    ("  Hibernate auto-flush before queries", "DefaultAutoFlushEventListener.onAutoFlush"),
    ("  transaction commit", "TransactionImple.commitAndDisassociate"),
    ("  events of the answer (EventView.from)", "EventView.from"),
    ("H2 (any)", "org.h2."),
    ("OpenNLP (any)", "opennlp.tools."),
]

printed = subprocess.run(["jfr", "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", sys.argv[1]],
                         check=True, capture_output=True, text=True).stdout
samples = printed.split("jdk.ExecutionSample")[1:]
if len(sys.argv) > 2:
    # Same day, local time: a run does not last long enough to cross midnight.
    samples = [s for s in samples if re.search(r"startTime = (\d\d:\d\d:\d\d)", s).group(1) >= sys.argv[2]]
print(f"JFR execution samples of the events-service: {len(samples)}")
for label, frame in STAGES:
    hits = sum(1 for sample in samples if frame in sample)
    print(f"  {label:40s} {100 * hits / max(1, len(samples)):5.1f} %")
