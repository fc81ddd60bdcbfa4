"""The dashboard in real headless Chromium: demo data on screen, an upload, a PNG download."""

from __future__ import annotations

import re

import pytest

from pipeline.charts import png_size
from pipeline.settings import SAMPLES_DIR

pytestmark = pytest.mark.e2e

UPLOAD = SAMPLES_DIR / "upload_example.csv"
# Screen position of the first timeline marker inside the visible x-range (plotly's own axes).
FIRST_MARKER_JS = """() => {
  const gd = document.querySelector('.js-plotly-plot');
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis, box = gd.getBoundingClientRect();
  for (const tr of gd._fullData) {
    if (tr.type !== 'scatter' || !tr.customdata || !tr.x || tr.x[0] === null) continue;
    for (let i = 0; i < tr.x.length; i++) {
      const px = xa.d2p(tr.x[i]);
      if (px < 20 || px > xa._length - 20) continue;
      return {x: box.left + xa._offset + px, y: box.top + ya._offset + ya.d2p(tr.y[i]), title: tr.customdata[i][1]};
    }
  }
  return null;
}"""


def _metric(page, label: str) -> int:
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    value = box.locator('[data-testid="stMetricValue"]').inner_text()
    return int(re.sub(r"[^0-9]", "", value))


def _wait_idle(page) -> None:
    """Until the script run has finished (the last element of the page is drawn) and plotly settled."""
    page.get_by_role("button", name="Render PNG").wait_for(timeout=90_000)
    # the attribute streamlit's own e2e helpers (wait_for_app_run) wait on
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(timeout=90_000)
    page.wait_for_timeout(1500)


def _tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def test_demo_upload_and_png_export(page, app_url, save):
    page.goto(app_url)
    page.locator(".js-plotly-plot").first.wait_for(state="visible", timeout=90_000)
    _wait_idle(page)
    articles_before = _metric(page, "Articles")
    events_before = _metric(page, "Events in view")
    assert articles_before > 0 and events_before > 0
    save("01-timeline", page)

    marker = page.evaluate(FIRST_MARKER_JS)
    assert marker, "the timeline shows at least one event marker"
    page.mouse.click(marker["x"], marker["y"])
    page.get_by_text(re.compile(r"\d+ mention\(s\)")).wait_for(timeout=30_000)
    save("01b-event-detail", page)

    for name, shot in (("Per week", "02-weekly"), ("Map", "03-map"), ("Who meets whom", "04-matrix")):
        _tab(page, name)
        page.wait_for_timeout(1200)
        save(shot, page)

    _tab(page, "Upload articles")
    page.locator('input[type="file"]').first.set_input_files(str(UPLOAD))
    page.get_by_text(UPLOAD.name).first.wait_for(timeout=30_000)
    page.wait_for_timeout(1000)
    save("05-upload-preview", page)
    page.get_by_role("button", name="Ingest").click()
    page.get_by_text(re.compile(r"Read \d+ rows: \d+ stored")).wait_for(timeout=120_000)
    save("06-upload-report", page)
    page.wait_for_function(
        """([before]) => {
            const box = [...document.querySelectorAll('[data-testid="stMetric"]')]
                .find(el => el.innerText.includes('Articles'));
            if (!box) return false;
            const n = parseInt(box.querySelector('[data-testid="stMetricValue"]').innerText.replace(/[^0-9]/g, ''));
            return n > before;
        }""",
        arg=[articles_before],
        timeout=60_000,
    )
    assert _metric(page, "Articles") > articles_before
    assert _metric(page, "Events in view") > events_before

    _tab(page, "Timeline")
    page.get_by_role("button", name="Render PNG").click()
    download_button = page.get_by_role("button", name="Download PNG")
    download_button.wait_for(timeout=90_000)
    with page.expect_download(timeout=60_000) as info:
        download_button.click()
    path = info.value.path()
    data = open(path, "rb").read()
    width, height = png_size(data)
    assert width >= 1600 and height >= 900
    save("timeline-export.png", data)
    save("07-after-export", page)
