// Region and district selects: the district list shows only the chosen region's districts.
// Without this script every region's districts show in groups and the server checks the pair.

for (const region of document.querySelectorAll('select[data-region-select]')) {
  const district = region.form && region.form.querySelector('select[data-district-select]');
  if (!district) continue;
  const groups = [...district.querySelectorAll('optgroup[data-region]')];
  const sync = () => {
    const keep = groups.find((g) => g.dataset.region === region.value);
    for (const g of groups) {
      if (g !== keep) g.remove();
    }
    if (keep && keep.parentNode !== district) district.append(keep);
    if (!keep) district.value = '';
    district.disabled = !keep;
  };
  region.addEventListener('change', () => {
    district.value = '';
    sync();
  });
  sync();
}
