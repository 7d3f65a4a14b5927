"""`--workers N`: whole articles analysed on forked processes, to the same results as one
process gives, handed out so that the processes finish together."""

import subprocess
import sys
from pathlib import Path

from monitor.nlp.analysis_processes import chunks
from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.english import BATCH_SIZE

ROOT = Path(__file__).resolve().parents[1]


def test_a_mixed_batch_reads_the_same_on_two_processes_as_on_one() -> None:
    # Each process now takes its articles from their language on: undeclared English, a
    # declared Japanese article, Korean (stored unread) and English with a Chinese gloss.
    texts = [
        TextToAnalyse("en", "Taiwan said 19 Chinese aircraft entered its ADIZ on Monday."),
        TextToAnalyse(
            "ja", "15日午前、尖閣諸島周辺の日本の領海に中国海警局の船4隻が侵入した。", "ja"
        ),
        TextToAnalyse("ko", "중국군이 대만 주변에서 대규모 훈련을 실시했다고 국방부가 발표했다."),
        TextToAnalyse("gloss", "Lai Ching-te (賴清德) met Defence Minister Koo in Taipei."),
        TextToAnalyse("en2", "Defence Minister Kishi Nobuo visited Yonaguni.", "en-GB"),
    ]
    assert analyse(texts, workers=2) == analyse(texts, workers=1)


def test_the_chunks_shrink_to_one_article_so_no_process_ends_a_batch_alone() -> None:
    # Before: 400 articles went out in 25 chunks of 16, and one process analysed the 25th
    # alone while the other had nothing left to do.
    handed_out = chunks(list(range(400)), 2)
    assert [n for chunk in handed_out for n in chunk] == list(range(400))
    assert max(len(chunk) for chunk in handed_out) == BATCH_SIZE
    assert [len(chunk) for chunk in handed_out[-4:]] == [1, 1, 1, 1]
    assert [len(chunk) for chunk in chunks(list(range(5)), 2)] == [1, 1, 1, 1, 1]


def test_a_batch_with_no_japanese_or_chinese_article_loads_none_of_their_readers() -> None:
    script = (
        "import sys\n"
        "from monitor.nlp.analyze import TextToAnalyse, analyse\n"
        "(found,) = analyse([TextToAnalyse('ko', '국방부가 발표했다.', 'ko')])\n"
        "assert found.status == 'not_english', found\n"
        "print('monitor.nlp.analyze_cjk' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_a_sigterm_that_lands_while_the_processes_are_forked_stops_the_command_and_them() -> None:
    # Before: raised inside the fork's callbacks, which drop exceptions, the KeyboardInterrupt
    # was lost and `monitor reanalyze --workers 2` went on to the end (test_hostile_processes).
    # Then, with the signal masked during the fork, another thread took it and Python raised it
    # between a fork and the pool's note of the process: that process waited for work for ever
    # and held the command's output open (CI timed out). The idle thread is that other thread.
    script = (
        "import os, signal, threading\n"
        "from monitor.nlp.analyze import TextToAnalyse, analyse\n"
        "signal.signal(signal.SIGTERM, signal.default_int_handler)  # as reanalyze sets it\n"
        "threading.Thread(target=threading.Event().wait, daemon=True).start()\n"
        "os.register_at_fork(before=lambda: os.kill(os.getpid(), signal.SIGTERM))\n"
        "items = [TextToAnalyse(str(n), '국방부가 발표했다.', 'ko') for n in range(4)]\n"
        "try:\n"
        "    analyse(items, workers=2)\n"
        "except KeyboardInterrupt:\n"
        "    print('stopped')\n"
        "else:\n"
        "    print('went on')\n"
        "left = []\n"
        "for pid in filter(str.isdigit, os.listdir('/proc')):\n"
        "    try:\n"
        "        status = open(f'/proc/{pid}/status').read()\n"
        "    except OSError:\n"
        "        continue  # ended since\n"
        "    if f'PPid:\\t{os.getpid()}\\n' in status:\n"
        "        left.append(int(pid))\n"
        "        os.kill(int(pid), signal.SIGKILL)\n"
        "print(len(left), 'processes left')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.stdout.split("\n")[:2] == ["stopped", "0 processes left"], done.stderr
