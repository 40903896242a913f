#!/usr/bin/env bash
# Checks a published host folder ships nothing meant only for development and tests: no Workflows.DevelopmentSupport
# assembly (the private PostgreSQL cluster), no in-memory ports (instance store, definition provider), and no mention
# of either in the host's dependency manifest. Prints what it found and exits 1 when anything is there.
# Run by eng/deployment-test.sh on its Release publish; on its own: eng/release-contents.sh PUBLISH_FOLDER
set -euo pipefail
dir="${1:?usage: eng/release-contents.sh PUBLISH_FOLDER}"
[ -f "$dir/Workflows.Host.dll" ] || { echo "$dir holds no Workflows.Host.dll"; exit 1; }
found=0

while IFS= read -r file; do
  echo "ships $file"
  found=1
done < <(find "$dir" -iname 'Workflows.DevelopmentSupport*' -printf '%P\n')

if grep -q 'Workflows.DevelopmentSupport' "$dir/Workflows.Host.deps.json"; then
  echo "Workflows.Host.deps.json names Workflows.DevelopmentSupport"
  found=1
fi

# Type names sit in each assembly's metadata as plain UTF-8: a port implementation compiled into any shipped assembly
# shows here, whichever project it moved to.
for type in InMemoryInstanceStore InMemoryInstanceSession InMemoryDefinitionProvider PrivatePostgres; do
  while IFS= read -r file; do
    echo "$file holds the type $type"
    found=1
  done < <(grep -l -a -F "$type" "$dir"/*.dll 2>/dev/null | sed "s|^$dir/||")
done

exit "$found"
