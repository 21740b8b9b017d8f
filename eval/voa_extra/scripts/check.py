"""Re-verify every span in ../parts/*.jsonl against the story text; print counts (the voa_blind
check, ../../voa_blind/scripts/check.py, run on this folder's parts)."""
import glob
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
flags = [a for a in sys.argv[1:] if a.startswith('-')]
sys.argv = [sys.argv[0], *flags, *sorted(glob.glob(os.path.join(HERE, '..', 'parts', '*.jsonl')))]
runpy.run_path(os.path.join(HERE, '..', '..', 'voa_blind', 'scripts', 'check.py'), run_name='__main__')
