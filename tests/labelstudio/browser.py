"""What an annotator does in the Label Studio 1.23 labeling interface, as Playwright steps
(the selectors are those of the 1.23.2 frontend; the config's own class `qantar-side`
marks the side column)."""

import time

CHROMIUM = "/usr/bin/chromium"
# Headless, and nothing that reaches the network on its own.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 90_000  # a loaded two-core machine renders a task in seconds, sometimes tens


def settle(seconds: float = 0.7) -> None:
    """Let the interface finish what a click started (animations, autosave)."""
    time.sleep(seconds)


def sign_up(page, url: str, email: str, password: str) -> None:
    """A new annotator creates an account (and is logged in)."""
    page.goto(f"{url}/user/signup/")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button[aria-label='Create Account']")
    page.wait_for_load_state("networkidle")


def log_in(page, url: str, email: str, password: str) -> None:
    page.goto(f"{url}/user/login/")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button.login-button")
    page.wait_for_load_state("networkidle")


def open_task(page) -> None:
    """Wait until the labeling view shows the task's regions."""
    page.wait_for_selector(".htx-highlight", timeout=TIMEOUT_MS)
    settle(1.5)


def select_new_regions(page, screenshot=None) -> None:
    """Settings (bottom bar) → "Select region after creating it": a region just drawn is
    selected, its fields at hand (per user and browser; off by default)."""
    page.locator("button[aria-label='Settings']").last.click()
    toggle = page.locator("label.lsf-settings__field", has_text="Select region after creating it")
    if not toggle.locator("input").is_checked():
        toggle.click()
    settle()
    if screenshot:
        page.screenshot(path=screenshot)
    page.keyboard.press("Escape")
    settle()


def region(page, text: str):
    return page.locator(".htx-highlight", has_text=text).first


def select_region(page, text: str) -> None:
    region(page, text).click()
    settle()


def draw_region(page, label: str, word: str) -> None:
    """Pick a label, then drag over the first free occurrence of `word` in the text."""
    page.locator(".lsf-label", has_text=label).first.click()
    box = page.evaluate("""(word) => {
      const root = document.querySelector('.lsf-richtext__container');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let node;
      while ((node = walker.nextNode())) {
        if (node.parentElement.closest('.htx-highlight')) continue;
        const at = node.data.indexOf(word);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at); range.setEnd(node, at + word.length);
          const r = range.getBoundingClientRect();
          return {x: r.x, y: r.y, width: r.width, height: r.height};
        }
      }
      return null; }""", word)
    assert box, f"{word!r} is not free text in the task"
    middle = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 1, middle)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 1, middle, steps=5)
    page.mouse.up()
    page.locator(".htx-highlight", has_text=word).first.wait_for(timeout=TIMEOUT_MS)
    settle()


def fill_new_value(page, field: str, value: str, region_text: str) -> None:
    """Type a per-region value into an empty field of the side column, Enter to keep it
    (the region is selected first when drawing it did not select it)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout  # late: the test skips without it

    box = page.locator(f".qantar-side input[name={field}]")
    try:
        box.wait_for(state="visible", timeout=5_000)
    except PlaywrightTimeout:
        select_region(page, region_text)
    box.fill(value)
    page.keyboard.press("Enter")
    settle()


def edit_value(page, value: str) -> None:
    """Change the value shown in the side column: the pencil (Edit), new text, Save."""
    page.locator(".qantar-side [aria-label='Edit Region']:visible").first.click()
    field = page.locator(".qantar-side [data-testid=htx-textbox-input]:visible").first
    field.wait_for(timeout=TIMEOUT_MS)
    field.fill(value)
    page.locator(".qantar-side [aria-label='Save']:visible").first.click()
    settle()


def delete_selected_region(page) -> None:
    page.keyboard.press("Backspace")
    settle()


def add_argument(page, trigger: str, argument: str, role: str) -> None:
    """Select the event trigger, Create Relation, click the argument, then give the new
    relation its role in the Relations panel (… → Select labels → role)."""
    select_region(page, trigger)
    page.locator("button[aria-label='Create Relation']").click()
    settle()
    region(page, argument).click()
    settle()
    page.locator(".lsf-panel-tabs__tab", has_text="Relations").first.click()
    settle()
    relation = page.locator(".lsf-relations__item").last
    relation.hover()
    relation.locator("button[aria-label='Show Relation Labels']").click()
    settle()
    relation.get_by_text("Select labels").click()
    page.get_by_role("option", name=role).click()
    page.keyboard.press("Escape")
    relation.hover()
    settle()


def choose(page, option: str) -> None:
    """Pick a per-region choice (realis, TIMEX3 mod) in the side column."""
    page.locator(f".qantar-side input[name={option}]:visible").first.click()
    settle()


def submit(page, label: str = "Submit") -> None:
    """Submit (a new annotation) or Update (an existing one), and wait for the server."""
    def saved(response) -> bool:  # the annotation itself, not an autosaved draft of it
        return (response.request.method in ("POST", "PATCH") and "/annotations" in response.url
                and "draft" not in response.url and response.ok)

    with page.expect_response(saved, timeout=TIMEOUT_MS):
        page.locator("button", has_text=label).first.click()
    settle(1.5)
