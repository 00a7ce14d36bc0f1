#!/bin/bash
# Queues the shard array, then the merge, which starts only when every shard has succeeded.
# Options after the script's name go to every shard's 'linesim run', e.g. submit.sh --replications 40
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
array=$(sbatch --parsable "$here/shard-array.sbatch" "$@")
sbatch --dependency="afterok:${array%%;*}" "$here/merge.sbatch"
