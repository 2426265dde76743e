#!/usr/bin/env python3
"""The main user journeys of DieuHanh in a real browser (headless Chromium through Selenium).

Each journey runs twice: on a 1366x900 desktop window and on a 390 px wide phone (CDP device emulation). Every page
a journey reaches is photographed into the shots directory and checked: the server answered it without an error, it
shows no developer wording, no visible text renders smaller than 12 px (chart text measured on screen, as scaled), the
axe-core accessibility rules find no serious or critical violation, and on the phone the page is no wider than the
screen and the main navigation can be used. The page checks collect what they find and the run fails at its end, so
one page's fault does not hide the rest of its journey.

    python3 Tests/Browser/journeys.py --base http://127.0.0.1:8111 --demo demo.txt --shots DIR

The demo's output (`dieuhanh demo`) gives the sample users ("  username  role  password"); the administrator's
password is not needed. axe-core's script comes from the selenium-axe-python package (PyPI, pinned in .ci/run).
Exit status 1 when a journey or a page check fails. Defects already known and not yet fixed in the app (pages
in KNOWN_WIDE_PAGES, calls of `known_defect`) are checked and listed without failing the run; when one disappears the
run says so, and its check should become a plain assertion.
"""

import argparse
import base64
import datetime
import importlib.resources
import json
import re
import signal
import sys
import time
import traceback
import unicodedata
import urllib.parse
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

WAIT_SECONDS = 15
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True}
DESKTOP_WINDOW = (1366, 900)
# Phone screenshots are taken at three device pixels per CSS pixel; cap the height so a 300-row list stays a picture.
MAX_SHOT_HEIGHT = 2600

# Text that only a developer should ever see: an error page, a Swift optional, a missing template value.
DEVELOPER_WORDING = re.compile(
    r"Internal Server Error|Fatal error|Optional\(|\bundefined\b|\bNaN\b|\bnil\b|\{\{|\}\}|%@|"
    r"\bAbort\b|Bad Request|Not Found|Unprocessable|Swift\.|DecodingError|\\u[0-9a-f]{4}|"
    # The house style: an office's wording, not a manual's ("ví dụ") nor a terminal's (a dieuhanh command).
    r"[Vv]í dụ|\bdieuhanh (import|export|serve|demo|backup|restore|audit|report)\b"
)

# Pages known to be wider than a phone (see the final report) — checked, reported, not failing the run. Keyed by
# the shot name of the page. Empty when the app has none.
KNOWN_WIDE_PAGES: dict[str, str] = {}

# No visible text below this computed size, in CSS pixels (the office's readers include older officials, on phones).
MIN_TEXT_PX = 12

# axe-core ships inside the selenium-axe-python wheel (selenium_axe_python/axe-core/axe.min.js); .ci/run pins it.
AXE_PACKAGE = "selenium_axe_python"
# Violations of these impacts fail the run; "minor" and "moderate" ones are printed once per page and rule.
AXE_FAILING_IMPACTS = ("serious", "critical")
# Rules switched off, each with the reason it does not apply to this app. Empty: every rule runs.
AXE_DISABLED_RULES: dict[str, str] = {}


class JourneyFailure(AssertionError):
    pass


def check(condition: bool, message: str) -> None:
    """An assertion that survives `python3 -O` and says what the user would have seen."""
    if not condition:
        raise JourneyFailure(message)


def known_defect(browser: "Browser", present: bool, description: str) -> None:
    """A check the app does not pass yet (reported, see the run's end); once it passes, say so to make it a `check`."""
    if present:
        browser.known.append(description)
    else:
        print(f"  note: no longer seen, turn into a check: {description}")


def fold(text: str) -> str:
    """Lower case without diacritics (đ → d): how the app's own search compares text."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def xpath_literal(text: str) -> str:
    """A string literal for XPath 1.0, which has no escapes."""
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return "concat(" + ", '\"', ".join(f'"{part}"' for part in text.split('"')) + ")"


def parse_users(demo_output: str) -> dict[str, list[tuple[str, str]]]:
    """The demo's sample users by role: each is printed as two spaces, user name, role, password."""
    users: dict[str, list[tuple[str, str]]] = {}
    for line in demo_output.splitlines():
        match = re.fullmatch(r"  (\S+)\s+([a-z_]+)\s+(\S+)\s*", line)
        if match:
            name, role, password = match.groups()
            users.setdefault(role, []).append((name, password))
    return users


def load_axe() -> tuple[str, str]:
    """axe-core's script from the installed package, and the axe-core version its header names."""
    try:
        source = (importlib.resources.files(AXE_PACKAGE) / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as error:
        sys.exit(f"browser: axe-core's script is missing ({error}); install selenium-axe-python (pinned in .ci/run)")
    version = re.search(r"axe v(\d+\.\d+\.\d+)", source[:500])
    return source, version.group(1) if version else "?"


# ---------------------------------------------------------------------------------------------------------------------
# The browser, one per viewport, with the checks every page gets.


class Browser:
    def __init__(self, viewport: str, base: str, shots: Path, axe_source: str):
        self.viewport = viewport
        self.device = {"desktop": "máy tính", "phone": "điện thoại"}[viewport]
        self.base = base.rstrip("/")
        self.shots = shots
        self.axe_source = axe_source
        self.shot_number = 0
        self.known: list[str] = []
        self.failures: list[str] = []  # the journeys that failed, as run_viewport reports them
        self.pages_checked = 0
        # What the page checks found (accessibility, text size): failing the run at its end, each said once.
        self.problems: list[str] = []
        self.notes: list[str] = []
        self.reported: set[tuple] = set()
        self.audited: set[tuple[str, str]] = set()  # (page template, page name) that axe has checked
        # The tasks the document journey entered, for the officer's and the leader's journeys that follow it.
        self.entered: dict[str, str] = {}
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=vi-VN",
                         "--hide-scrollbars", f"--window-size={DESKTOP_WINDOW[0]},{DESKTOP_WINDOW[1]}"):
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"intl.accept_languages": "vi-VN,vi"})
        # The performance log carries each document's HTTP status, which WebDriver itself never shows.
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
        self.driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
        # axe.run is asynchronous: a long page (the 300-row task list) takes a second or two on a slow machine.
        self.driver.set_script_timeout(60)
        self.wait = WebDriverWait(self.driver, WAIT_SECONDS)
        # While a page is being replaced a script may find no document to run in: that is not a failure, keep waiting.
        self.navigation_wait = WebDriverWait(self.driver, WAIT_SECONDS, ignored_exceptions=(WebDriverException,))
        if viewport == "phone":
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
            self.driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})

    def quit(self) -> None:
        self.driver.quit()

    # -- finding things the way a user does: by visible text and labels --------------------------------------------

    def find(self, xpath: str, scope: WebElement | None = None) -> WebElement:
        """The first *visible* element matching, waiting for it to appear."""
        root = scope or self.driver

        def visible(_):
            return next((e for e in root.find_elements(By.XPATH, xpath) if e.is_displayed()), False)

        try:
            return self.wait.until(visible)
        except TimeoutException:
            raise JourneyFailure(f"nothing visible matches {xpath} on {self.driver.current_url}") from None

    def link(self, text: str, scope: WebElement | None = None) -> WebElement:
        return self.find(f".//a[normalize-space()={xpath_literal(text)}]", scope)

    def button(self, text: str, scope: WebElement | None = None) -> WebElement:
        return self.find(f".//button[normalize-space()={xpath_literal(text)}]", scope)

    def field(self, label: str, scope: WebElement | None = None) -> WebElement:
        """The input a label names (its own text, without the required-field star), found through `for`."""
        label_element = self.find(f".//label[normalize-space(text()[1])={xpath_literal(label)}]", scope)
        target = label_element.get_attribute("for")
        # Ids are not unique on every page (several step forms each have an f-note), so look inside the scope.
        return (scope or self.driver).find_element(By.XPATH, f".//*[@id={xpath_literal(target)}]")

    def form_titled(self, title: str) -> WebElement:
        return self.find(f"//form[.//h3[normalize-space()={xpath_literal(title)}]]")

    def fact(self, term: str) -> str:
        """The value a page's facts list (dl.facts) gives for a term, e.g. 'Đơn vị chủ trì'."""
        return self.find(f"//main//dl[contains(@class, 'facts')]/dt[normalize-space()={xpath_literal(term)}]"
                         "/following-sibling::dd[1]").text.strip()

    def heading(self) -> str:
        return self.find("//main//h1").text.strip()

    def main_text(self) -> str:
        return self.find("//main").text

    # -- moving between pages --------------------------------------------------------------------------------------

    def open(self, path: str, name: str) -> None:
        self.driver.get(self.base + path)
        self.arrived(name)

    def click_to_page(self, element: WebElement, name: str, status: tuple[int, ...] = (200,)) -> None:
        """Clicks a link or a submit button and waits for the next page to load, then checks that page."""
        # A mark on the old page's window: gone once the next page has replaced it. (Waiting for an old element to go
        # stale instead races with the navigation in chromedriver and fails now and then.)
        self.driver.execute_script("window.journeyLeftThisPage = true")
        self.tap(element)
        self.navigation_wait.until(
            lambda d: d.execute_script("return !window.journeyLeftThisPage && document.readyState === 'complete'"))
        self.arrived(name, status)

    def tap(self, element: WebElement) -> None:
        """Brings the element into view the way scrolling would, then clicks it as a user does (a real click, which
        fails if something covers the element)."""
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element)
        self.wait.until(lambda _: element.is_displayed() and element.is_enabled())
        element.click()

    def nav_to(self, text: str, name: str) -> None:
        """Follows a link of the main navigation (on the phone it may first have to be scrolled to, inside the bar)."""
        nav = self.find("//nav[contains(@class, 'main-nav')]")
        # Matched by the link's own words: "Việc cần làm" carries a count badge after them.
        self.click_to_page(self.find(f".//a[normalize-space(text())={xpath_literal(text)}]", nav), name)

    def arrived(self, name: str, status: tuple[int, ...] = (200,)) -> None:
        """Every page: loaded, answered with the expected status, Vietnamese, no developer wording; photographed; no
        text too small to read and no serious accessibility fault (collected, failing the run at its end); on the
        phone also no wider than the screen with a usable navigation."""
        self.wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
        answered = self.document_status()
        check(answered in status, f"{name}: the server answered {answered} for {self.driver.current_url}")
        check(self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi",
              f"{name}: the page is not marked as Vietnamese")
        body = self.driver.find_element(By.TAG_NAME, "body").text
        wording = DEVELOPER_WORDING.search(body)
        check(wording is None, f"{name}: developer wording shown to the user: {wording and wording.group(0)!r}")
        self.screenshot(name)
        self.check_text_size(name)
        self.check_accessibility(name)
        if self.viewport == "phone":
            self.check_fits_phone(name)
            self.check_navigation_usable(name)
        self.pages_checked += 1

    def document_status(self) -> int | None:
        """The HTTP status of the last document the browser received (the page now shown). Any response since the
        last page with a server error (a stylesheet, a script, the page itself) fails the journey."""
        status = None
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") != "Network.responseReceived":
                continue
            response = message["params"]["response"]
            check(response["status"] < 500, f"the server answered {response['status']} for {response['url']}")
            if message["params"].get("type") == "Document":
                status = response["status"]
        return status

    def screenshot(self, name: str, prefix: str = "") -> Path:
        """The whole page (up to MAX_SHOT_HEIGHT CSS pixels), not only the first screen: layout faults hide below."""
        self.shot_number += 1
        path = self.shots / f"{self.viewport}-{self.shot_number:02d}-{prefix}{name}.png"
        size = self.driver.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        clip = {"x": 0, "y": 0, "width": size[0], "height": min(size[1], MAX_SHOT_HEIGHT), "scale": 1}
        try:
            shot = self.driver.execute_cdp_cmd(
                "Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
            path.write_bytes(base64.b64decode(shot["data"]))
        except WebDriverException:
            self.driver.save_screenshot(str(path))
        return path

    # -- checks of every page: text size, accessibility -----------------------------------------------------------

    def page_template(self) -> str:
        """The page's path with its ids left out: the pages of one kind (every task's page) share their faults, and
        each fault is reported once for all of them."""
        path = urllib.parse.urlsplit(self.driver.current_url).path
        return re.sub(r"[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}", "{id}", path)

    def problem(self, key: tuple, message: str, failing: bool = True) -> None:
        """Records a page check's finding once per run of this browser (a task page is visited many times)."""
        if key in self.reported:
            return
        self.reported.add(key)
        (self.problems if failing else self.notes).append(message)
        print(f"  {'PAGE ' if failing else 'note:'} [{self.viewport}] {message}")

    def check_text_size(self, name: str) -> None:
        """No visible text smaller than MIN_TEXT_PX on screen. HTML text is measured by its computed font size; SVG
        text (the charts) by its font size times the scale the drawing is shown at, which shrinks with the screen."""
        small = self.driver.execute_script("""
            const minimum = arguments[0], found = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.nodeValue.replace(/\s+/g, ' ').trim(), el = node.parentElement;
              if (!text || !el || !el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
              const box = el.getBoundingClientRect();
              if (box.width <= 1 || box.height <= 1) continue;  // visually hidden (text for screen readers only)
              let size = parseFloat(getComputedStyle(el).fontSize);
              if (el instanceof SVGElement && typeof el.getScreenCTM === 'function') {
                const m = el.getScreenCTM();  // user units to screen pixels: the viewBox's scale and transforms
                if (m) size *= Math.hypot(m.c, m.d);
              }
              if (size < minimum - 0.05) {
                // Named by the element (and for chart text by its drawing): a chart's labels are one fault.
                const named = e => e.tagName.toLowerCase() + (e.getAttribute('class') || '').trim().split(/\s+/)
                  .filter(Boolean).map(c => '.' + c).join('');
                const svg = el instanceof SVGElement ? el.ownerSVGElement || el : null;
                found.push({element: (svg ? named(svg) + ' ' : '') + named(el), svg: !!svg,
                            size: Math.round(size * 10) / 10, text: text.slice(0, 40)});
              }
            }
            return found;
        """, MIN_TEXT_PX)
        template = self.page_template()
        groups: dict[str, list[dict]] = {}
        for item in small:
            groups.setdefault(item["element"], []).append(item)
        for element, items in groups.items():
            kind = "chart text" if items[0]["svg"] else "text"
            sizes = sorted({i["size"] for i in items})
            shown = ", ".join(repr(i["text"]) for i in items[:3])
            shown += f" (+{len(items) - 3} more)" if len(items) > 3 else ""
            self.problem(("text-size", template, element),
                         f"{name} ({template}): {kind} in <{element}> renders at {sizes[0]}"
                         f"{f'–{sizes[-1]}' if len(sizes) > 1 else ''} px, below {MIN_TEXT_PX} px: {shown}")

    def check_accessibility(self, name: str) -> None:
        """Runs axe-core's rules on the page as shown. Serious and critical violations fail the run (each rule once
        per kind of page and elements), the others are noted. A page seen again under the same name (the sign-in
        page, a user's home) is not audited twice."""
        template = self.page_template()
        if (template, name) in self.audited:
            return
        self.audited.add((template, name))
        self.driver.execute_script(self.axe_source)
        violations = self.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations'], rules: arguments[0]}).then(
              results => done(results.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html}))}))),
              error => done({error: String(error)}));
        """, {rule: {"enabled": False} for rule in AXE_DISABLED_RULES})
        check(isinstance(violations, list), f"{name}: axe-core did not run: {violations}")
        for v in violations:
            targets = [n["target"] for n in v["nodes"]]
            shown = "; ".join(targets[:3]) + (f" (+{len(targets) - 3} more)" if len(targets) > 3 else "")
            html = v["nodes"][0]["html"][:160] if v["nodes"] else ""
            self.problem(("axe", v["id"], template, tuple(targets[:3])),
                         f"{name} ({template}): axe {v['id']} ({v['impact']}): {v['help']} — {shown} — {html}",
                         failing=v["impact"] in AXE_FAILING_IMPACTS)

    # -- phone checks ----------------------------------------------------------------------------------------------

    def check_fits_phone(self, name: str) -> None:
        """The page itself must not be wider than the phone; a table may scroll inside its own wrapper."""
        # With mobile emulation Chromium zooms out to show a page wider than the screen, and window.innerWidth then
        # grows with the page: measure against the phone's own width as well.
        width, inner = self.driver.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]")
        inner = min(inner, PHONE["width"])
        if width <= inner + 1:
            if name in KNOWN_WIDE_PAGES:
                print(f"  note: {name} now fits the phone; drop it from KNOWN_WIDE_PAGES")
            return
        culprits = self.widest_elements()
        message = f"{name}: the page is {width} px wide on a {inner} px phone; widest: {culprits}"
        if name in KNOWN_WIDE_PAGES:
            known_defect(self, True, f"{message} ({KNOWN_WIDE_PAGES[name]})")
            return
        raise JourneyFailure(message)

    def widest_elements(self) -> list[str]:
        """The outermost elements that stick out past the right edge and are not inside a scrolling wrapper."""
        return self.driver.execute_script(("""
            const limit = Math.min(window.innerWidth, %d) + 1, found = [];
            const scrolls = el => { const s = getComputedStyle(el).overflowX; return s === 'auto' || s === 'scroll'; };
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.right <= limit || r.width === 0) continue;
              let inside = false;
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                if (scrolls(p) || p.getBoundingClientRect().right > limit) { inside = true; break; }
              }
              if (!inside) found.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
                ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(r.right));
            }
            return found.slice(0, 5);
        """) % PHONE["width"])

    def check_navigation_usable(self, name: str) -> None:
        """The main navigation is on screen: several of its links visible at once, and the rest reachable by
        scrolling the bar itself (never by scrolling the page sideways). Signing out is visible too."""
        state = self.driver.execute_script("""
            const nav = document.querySelector('nav.main-nav');
            if (!nav) return null;
            const links = [...nav.querySelectorAll('a')], screen = Math.min(window.innerWidth, arguments[0]);
            const onScreen = links.filter(a => { const r = a.getBoundingClientRect();
              return r.width > 0 && r.left >= -1 && r.right <= screen + 1 && r.height >= 24; });
            const overflowX = getComputedStyle(nav).overflowX;
            return {links: links.length, onScreen: onScreen.length,
                    scrollable: overflowX === 'auto' || overflowX === 'scroll',
                    tooWide: nav.scrollWidth > nav.clientWidth + 1};
        """, PHONE["width"])
        if state is None:  # the sign-in page has no navigation, on purpose
            return
        check(state["onScreen"] >= 3, f"{name}: only {state['onScreen']} of the navigation's links are on screen")
        check(not state["tooWide"] or state["scrollable"],
              f"{name}: the navigation is wider than the phone and cannot be scrolled")
        sign_out = self.driver.find_elements(By.XPATH, "//header//button[normalize-space()='Đăng xuất']")
        check(any(b.is_displayed() for b in sign_out), f"{name}: no visible sign-out button")


# ---------------------------------------------------------------------------------------------------------------------
# Steps shared by the journeys.


def sign_in(browser: Browser, user: str, password: str, mistype_first: bool = False) -> None:
    browser.driver.delete_all_cookies()
    browser.open("/sign-in", "sign-in")
    check(browser.heading() == "Đăng nhập", "the sign-in page has no 'Đăng nhập' heading")
    browser.field("Tên đăng nhập").send_keys(user)
    if mistype_first:
        # A mistyped password: refused in Vietnamese, the user name kept so only the password is typed again. (Once
        # per viewport: the throttle allows five failures per name and client.)
        browser.field("Mật khẩu").send_keys(password + "x")
        browser.click_to_page(browser.button("Đăng nhập"), "sign-in-refused", status=(401,))
        error = browser.find("//main//*[contains(@class, 'error-summary')]")
        check("mật khẩu không đúng" in error.text, f"a wrong password is refused with {error.text!r}")
        check(browser.field("Tên đăng nhập").get_attribute("value") == user, "the user name was not kept")
        check(browser.field("Mật khẩu").get_attribute("value") == "", "the wrong password was sent back")
    browser.field("Mật khẩu").send_keys(password)
    browser.click_to_page(browser.button("Đăng nhập"), f"home-{user}")
    check(browser.heading().startswith("Xin chào,"), f"{user} signed in but the home page does not greet them")
    # The signed-in user's name is in the top bar, with a sign-out button.
    check(browser.find("//header//a[@href='/profile']").text.strip() != "", "no user name in the top bar")


def sign_out(browser: Browser, user: str) -> None:
    browser.click_to_page(browser.button("Đăng xuất", browser.find("//header")), f"signed-out-{user}")
    check(browser.heading() == "Đăng nhập", "signing out did not lead back to the sign-in page")
    # Signed out for real: a page behind the sign-in leads back to it.
    browser.open("/tasks", "tasks-after-sign-out")
    check(browser.heading() == "Đăng nhập", "the task list is still shown after signing out")


def table_caption_count(browser: Browser) -> int:
    """The list's caption says "N nhiệm vụ · Tính đến ngày …" (N written with a dot for thousands)."""
    caption = browser.find("//main//table/caption").text
    match = re.match(r"([\d.]+) nhiệm vụ", caption)
    check(match is not None, f"the task list's caption reads {caption!r}")
    return int(match.group(1).replace(".", ""))


# The unit officer whose unit the entered document's tasks go to, with that unit's name: read once per run from the
# officer's own account page (units do not change between the two viewports).
OFFICER: dict[str, str] = {}


def officer_and_unit(browser: Browser, users: dict) -> tuple[str, str, str]:
    if not OFFICER:
        user, password = users["unit_officer"][0]
        sign_in(browser, user, password)
        browser.open("/profile", "profile")
        OFFICER.update(user=user, password=password, unit=browser.fact("Đơn vị"))
        check(OFFICER["unit"] not in ("", "—"), f"the unit officer {user}'s account names no unit")
    return OFFICER["user"], OFFICER["password"], OFFICER["unit"]


def entered(browser: Browser, key: str) -> str:
    check(key in browser.entered, "this journey works on the tasks the document journey enters, and it did not finish")
    return browser.entered[key]


def option_texts(select: WebElement, only_values: bool = False) -> list[str]:
    """The texts of a list's options, read in one call (a unit list has some sixty)."""
    return select.parent.execute_script(
        "return [...arguments[0].options].filter(o => !arguments[1] || o.value).map(o => o.text.trim())",
        select, only_values)


def choose(select: WebElement, starting: str) -> str:
    """Picks the first option whose text starts so (units are listed as "Sở Tài chính (STC)"); returns its text."""
    options = option_texts(select)
    choice = next((o for o in options if o.startswith(starting)), None)
    check(choice is not None, f"no option starting {starting!r} in {options[:5]}…")
    Select(select).select_by_visible_text(choice)
    return choice


def choose_first(select: WebElement) -> str:
    """Picks the first real option (after the empty "—"); returns its text."""
    options = option_texts(select, only_values=True)
    check(bool(options), "the list offers nothing to choose")
    Select(select).select_by_visible_text(options[0])
    return options[0]


def open_task_titled(browser: Browser, title: str, name: str) -> None:
    """Finds a task with the task list's search, typing its title as a user who knows what they look for, and opens
    it."""
    browser.nav_to("Nhiệm vụ", f"{name}-list")
    filters = browser.find("//form[@role='search']")
    browser.field("Tìm kiếm", filters).send_keys(title)
    browser.click_to_page(browser.button("Lọc", filters), f"{name}-search")
    browser.click_to_page(browser.link(title, browser.find("//main//table")), name)
    check(browser.heading() == title, f"opened {title!r} but the page is {browser.heading()!r}")


def flash_says(browser: Browser, expected: str) -> None:
    flash = browser.find("//main//*[contains(@class, 'flash')]")
    check(flash.text.strip() == expected, f"the success message reads {flash.text!r}, not {expected!r}")


# ---------------------------------------------------------------------------------------------------------------------
# The journeys.


def journey_coordinator_finds_a_task(browser: Browser, users: dict) -> None:
    """The office's coordinator signs in, opens the task list, searches without diacritics, opens a task."""
    user, password = users["coordinator"][0]
    sign_in(browser, user, password, mistype_first=True)
    check("Văn phòng" in browser.main_text(), "the coordinator's home page does not name the office")

    browser.nav_to("Nhiệm vụ", "tasks")
    check(browser.heading() == "Nhiệm vụ", "the task list has no 'Nhiệm vụ' heading")
    everything = table_caption_count(browser)
    check(everything > 0, "the demo's task list is empty")

    query = "giai phong mat bang"  # "giải phóng mặt bằng", typed as on a keyboard without Vietnamese input
    filters = browser.find("//form[@role='search']")
    browser.field("Tìm kiếm", filters).send_keys(query)
    browser.click_to_page(browser.button("Lọc", filters), "tasks-search")
    found = table_caption_count(browser)
    check(0 < found < everything, f"searching {query!r} found {found} of {everything} tasks")
    check(browser.field("Tìm kiếm").get_attribute("value") == query, "the search box lost the query")
    titles = [a.text for a in browser.driver.find_elements(By.XPATH, "//main//table//tbody/tr/td[1]//a")]
    check(titles and all(query in fold(t) for t in titles),
          f"the results do not all match {query!r}: {[t for t in titles if query not in fold(t)][:3]}")
    # The list is a table on a desktop and a column of cards on a phone: its rows' layout says which one the
    # stylesheet gave (a class shared with another rule once turned the desktop table into a grid).
    layout = browser.driver.execute_script(
        "const table = document.querySelector('main table.tasks');"
        "const row = table.querySelector('tbody tr');"
        "return [getComputedStyle(table).display, getComputedStyle(row).display,"
        " table.querySelector('thead').getBoundingClientRect().height];")
    if browser.viewport == "desktop":
        check(layout[:2] == ["table", "table-row"] and layout[2] > 10, f"the task list is not a table on a desktop: {layout}")
    else:
        check(layout[:2] == ["block", "block"] and layout[2] <= 1, f"the task list's rows are not cards on a phone: {layout}")

    first = browser.find("//main//table//tbody/tr[1]/td[1]//a")
    title = first.text.strip()
    browser.click_to_page(first, "task")
    check(browser.heading() == title, f"opened {title!r} but the page is {browser.heading()!r}")
    check(browser.find("//main//h2[normalize-space()='Diễn biến']").is_displayed(), "the task has no history section")
    check(browser.fact("Đơn vị chủ trì") not in ("", "—"), "the task does not name its lead unit")


def journey_coordinator_browses_the_modules(browser: Browser, users: dict) -> None:
    """The inbox, work programme and an item, indicators and one, the five-year plans, meetings and one, report
    requests and one, statistics, the review report."""
    user, password = users["coordinator"][0]
    sign_in(browser, user, password)

    browser.nav_to("Việc cần làm", "coordinator-inbox")
    check(browser.heading() == "Việc cần làm", f"the coordinator's inbox: {browser.heading()!r}")

    browser.nav_to("Chương trình công tác", "programme")
    check(browser.heading().startswith("Chương trình công tác năm"), f"programme page: {browser.heading()!r}")
    item = browser.find("//main//table//a[starts-with(@href, '/programme/items/') and normalize-space()]")
    title = item.text.strip()
    browser.click_to_page(item, "programme-item")
    check(browser.heading() == title, f"opened programme item {title!r}, got {browser.heading()!r}")
    check(browser.find("//main//h2[normalize-space()='Diễn biến']").is_displayed(), "the item shows no history")

    browser.nav_to("Chỉ tiêu KT-XH", "indicators")
    check(browser.heading().startswith("Chỉ tiêu kinh tế - xã hội năm"), f"indicators page: {browser.heading()!r}")
    indicator = browser.find("//main//table//a[starts-with(@href, '/indicators/') and normalize-space()]")
    name = indicator.text.strip()
    browser.click_to_page(indicator, "indicator")
    check(browser.heading() == name, f"opened indicator {name!r}, got {browser.heading()!r}")
    check(browser.find("//main//h2[normalize-space()='Số liệu đã ghi nhận']").is_displayed(),
          "the indicator shows no recorded figures")
    check(browser.find("//main//*[name()='svg' and contains(@class, 'chart')]").is_displayed(),
          "the indicator has no chart")

    browser.nav_to("Chỉ tiêu KT-XH", "indicators-again")
    browser.click_to_page(browser.link("Kế hoạch 5 năm"), "indicator-plans")
    check(browser.heading().startswith("Chỉ tiêu kế hoạch giai đoạn"), f"plans page: {browser.heading()!r}")

    browser.nav_to("Cuộc họp", "meetings")
    meeting = browser.find("//main//a[starts-with(@href, '/meetings/') and not(contains(@href, '/new')) and normalize-space()]")
    title = meeting.text.strip()
    browser.click_to_page(meeting, "meeting")
    check(browser.heading() == title, f"opened meeting {title!r}, got {browser.heading()!r}")
    check(browser.find("//main//h2[normalize-space()='Thành phần']").is_displayed(), "the meeting shows no attendance")

    browser.nav_to("Báo cáo", "reports")
    browser.click_to_page(browser.link("Yêu cầu báo cáo gửi đơn vị"), "report-requests")
    check(browser.heading() == "Yêu cầu báo cáo", f"report requests page: {browser.heading()!r}")
    request = browser.find("//main//table//a[starts-with(@href, '/reports/requests/') and normalize-space()]")
    title = request.text.strip()
    browser.click_to_page(request, "report-request")
    check(browser.heading() == title, f"opened report request {title!r}, got {browser.heading()!r}")
    check(browser.find("//main//h2[normalize-space()='Tình hình gửi báo cáo của các đơn vị']").is_displayed(),
          "the request does not show which units have sent their report")

    browser.nav_to("Thống kê", "stats")
    check(browser.heading() == "Thống kê nhiệm vụ", f"statistics page: {browser.heading()!r}")
    check(re.search(r"\d", browser.main_text()) is not None, "the statistics page shows no figure")

    browser.nav_to("Báo cáo", "reports-again")
    browser.click_to_page(browser.link("Báo cáo kiểm điểm"), "review")
    check(browser.heading() == "Báo cáo kiểm điểm", f"review page: {browser.heading()!r}")
    form = browser.find("//main//form[.//button[normalize-space()='Xem báo cáo']]")
    period = Select(browser.field("Kỳ báo cáo", form))
    # The first half of the current year (periods are listed newest first): the demo always has tasks, programme
    # items and indicators in it.
    choice_text = next(o.text for o in period.options if o.text.startswith("6 tháng đầu năm"))
    period.select_by_visible_text(choice_text)
    browser.click_to_page(browser.button("Xem báo cáo", form), "review-report")
    sheet = browser.find("//main//*[contains(@class, 'report-sheet')]")
    check("BÁO CÁO" in sheet.text and choice_text in sheet.text,
          f"the review report for {choice_text!r} is not shown")
    check("PHỤ LỤC I" in sheet.text, "the review report has no appendices")
    sign_out(browser, user)


def journey_coordinator_writes_the_review_report(browser: Browser, users: dict) -> None:
    """From the review report of the first half-year: start writing it, write a section with a bullet and a
    footnote, see it in the whole report, then issue it with a number of its own and see it frozen."""
    user, password = users["coordinator"][0]
    sign_in(browser, user, password)
    browser.nav_to("Báo cáo", "reports-for-draft")
    browser.click_to_page(browser.link("Báo cáo kiểm điểm"), "review-for-draft")
    form = browser.find("//main//form[.//button[normalize-space()='Xem báo cáo']]")
    period = Select(browser.field("Kỳ báo cáo", form))
    choice_text = next(o.text for o in period.options if o.text.startswith("6 tháng đầu năm"))
    period.select_by_visible_text(choice_text)
    browser.click_to_page(browser.button("Xem báo cáo", form), "review-report-for-draft")
    browser.click_to_page(browser.button("Soạn báo cáo kỳ này"), "review-draft")
    check(browser.heading() == f"Báo cáo {choice_text}", f"the draft's page: {browser.heading()!r}")
    check("I. KIỂM ĐIỂM CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in browser.main_text(), "the draft has not the default outline")

    browser.click_to_page(browser.link("1. Phương châm chỉ đạo, điều hành"), "review-draft-section")
    words = f"Chủ động, quyết liệt trên màn hình {browser.viewport}[^Theo Chỉ thị số 01/CT-UBND.]"
    box = browser.field("Nội dung mục")
    box.clear()
    box.send_keys(words + "\n- Siết chặt kỷ cương hành chính;")
    browser.click_to_page(browser.button("Lưu"), "review-draft-saved")
    flash_says(browser, "Đã lưu mục “Phương châm chỉ đạo, điều hành”.")
    sheet = browser.find("//main//*[contains(@class, 'report-sheet')]")
    check(f"Chủ động, quyết liệt trên màn hình {browser.viewport}" in sheet.text, "the saved text is not in the report")
    check(browser.find("//main//*[contains(@class, 'report-sheet')]//ol[contains(@class, 'footnotes')]").is_displayed(),
          "the footnote is not shown under its section")

    browser.click_to_page(browser.link("Ban hành báo cáo"), "review-draft-issue")
    number = "901/BC-UBND" if browser.viewport == "desktop" else "902/BC-UBND"
    browser.field("Số, ký hiệu").send_keys(number)
    browser.field("Chức vụ người ký").send_keys("Chủ tịch")
    browser.field("Người ký").send_keys("Nguyễn Văn Ký")
    # What a user does when asked to confirm: OK.
    browser.driver.execute_script("window.confirm = function () { return true; }")
    browser.click_to_page(browser.button("Ban hành"), "review-draft-issued")
    flash_says(browser, f"Đã ban hành báo cáo số {number}.")
    check(f"Đã ban hành: Báo cáo số {number}" in browser.main_text(), "the issued report does not say so")
    check(not browser.driver.find_elements(By.XPATH, "//main//a[normalize-space()='Ban hành báo cáo']"),
          "an issued report still offers to be issued")
    sign_out(browser, user)


def pick_open_task(browser: Browser) -> bool:
    """From the unit officer's own lists, opens a task still to be done; False when the unit has none."""
    browser.nav_to("Việc cần làm", "inbox")
    for section in ("Quá hạn", "Sắp đến hạn", "Bị trả lại", "Chờ cập nhật"):
        heading = f"h2[starts-with(normalize-space(), {xpath_literal(section)})]"
        links = browser.driver.find_elements(By.XPATH, f"//main//section[{heading}]//a[contains(@href, '/tasks/')]")
        if links:
            browser.click_to_page(links[0], "officer-task")
            return True
    browser.nav_to("Nhiệm vụ", "officer-tasks")
    for bucket in browser.driver.find_elements(By.XPATH, "//main//ul[contains(@class, 'bucket-summary')]//a"):
        count = int(bucket.find_element(By.TAG_NAME, "strong").text.replace(".", ""))
        if "Chưa hoàn thành" in bucket.text and count > 0:
            browser.click_to_page(bucket, "officer-tasks-pending")
            browser.click_to_page(browser.find("//main//table//tbody/tr[1]/td[1]//a"), "officer-task")
            return True
    return False


def journey_officer_reports_progress(browser: Browser, users: dict) -> None:
    """A unit officer takes a step on a task of their unit, then submits a step with its required field missing."""
    for user, password in users["unit_officer"]:
        sign_in(browser, user, password)
        if pick_open_task(browser):
            break
        sign_out(browser, user)
    else:
        raise JourneyFailure("no unit officer of the demo has a task still to be done")

    task_title = browser.heading()
    # Both passes (and reruns against one server) may act on the same task: the note says which and when, so each
    # finds its own in the history.
    note = ("Đã họp triển khai, dự thảo kế hoạch đang lấy ý kiến các sở "
            f"(trên {browser.device}, lúc {time.strftime('%H:%M:%S')})")
    progress = browser.form_titled("Báo cáo tiến độ")
    browser.field("Tỷ lệ hoàn thành (%)", progress).send_keys("40")
    browser.field("Nội dung", progress).send_keys(note)
    browser.click_to_page(browser.button("Báo cáo tiến độ", progress), "progress-recorded")
    check(browser.heading() == task_title, "after the step the task's page is not shown again")
    flash = browser.find("//main//*[contains(@class, 'flash')]")
    check(flash.text.strip() == "Đã ghi nhận.", f"the success message reads {flash.text!r}")
    history = browser.find("//main//ol[contains(@class, 'timeline')]")
    check(note in history.text, "the progress note does not appear in the task's history")
    entry = browser.find(f"//main//ol[contains(@class, 'timeline')]/li[contains(., {xpath_literal(note)})]")
    check("40%" in entry.text, f"the history entry does not show the 40 % reported: {entry.text!r}")

    # A step without its required field: the deadline of an extension request left empty, a reason typed.
    reason = f"Xin gia hạn vì còn chờ ý kiến thẩm định của Sở Tư pháp (trên {browser.device})"
    extension = browser.form_titled("Xin gia hạn")
    # Tapping a label focuses its own field, not the field of the same name in another step's form.
    browser.tap(browser.find(".//label[normalize-space(text()[1])='Nội dung']", extension))
    focused_form = browser.driver.switch_to.active_element.find_elements(By.XPATH, "ancestor::form[1]")
    check(focused_form == [extension], "tapping the label 'Nội dung' of 'Xin gia hạn' focuses another form's field")
    browser.field("Nội dung", extension).send_keys(reason)
    browser.click_to_page(browser.button("Xin gia hạn", extension), "extension-missing-deadline", status=(400, 422))
    summary = browser.find("//main//*[contains(@class, 'error-summary')]")
    check("Vui lòng sửa các lỗi sau" in summary.text and "Vui lòng nhập thời hạn mới." in summary.text,
          f"the error summary reads {summary.text!r}")
    check(browser.driver.switch_to.active_element == summary, "the error summary does not take the focus")
    extension = browser.form_titled("Xin gia hạn")
    deadline_error = extension.find_element(By.XPATH, ".//*[contains(@class, 'field-error')]")
    check(deadline_error.is_displayed() and deadline_error.text == "Vui lòng nhập thời hạn mới.",
          "the deadline field carries no error of its own")
    check(reason not in browser.find("//main//ol[contains(@class, 'timeline')]").text,
          "the refused extension request was recorded anyway")
    # What the user typed is still there to correct and send again.
    kept = browser.field("Nội dung", extension).get_attribute("value")
    check(kept == reason, f"the refused extension request lost the reason typed (the field holds {kept!r})")
    sign_out(browser, user)


def journey_coordinator_enters_a_document(browser: Browser, users: dict) -> None:
    """The coordinator enters a document with three tasks for a unit officer's unit, the second with a deadline on a
    day that does not exist: the error names that row and every value typed is still in the form; corrected, the
    three tasks are saved under the document."""
    _, _, unit = officer_and_unit(browser, users)
    user, password = users["coordinator"][0]
    sign_in(browser, user, password)
    browser.nav_to("Nhiệm vụ", "tasks")
    browser.click_to_page(browser.link("Giao nhiệm vụ", browser.find("//main")), "task-new")
    check(browser.heading() == "Giao nhiệm vụ", f"the new-tasks form: {browser.heading()!r}")
    # The form has ten rows; "Thêm dòng" brings more (a link: done before typing, it would drop what was typed).
    row_xpath = "//main//form/fieldset[starts-with(normalize-space(legend), 'Nhiệm vụ ')]"
    rows = len(browser.driver.find_elements(By.XPATH, row_xpath))
    browser.click_to_page(browser.link("Thêm dòng"), "task-new-more-rows")
    more = len(browser.driver.find_elements(By.XPATH, row_xpath))
    check(more > rows >= 3, f"'Thêm dòng' gave {more} task rows where the form had {rows}")

    def form_field(legend: str, label: str) -> WebElement:
        """A field of the document's part ("Văn bản") or of a task row ("Nhiệm vụ 2"), by its label."""
        part = browser.find(f"//main//form/fieldset[normalize-space(legend)={xpath_literal(legend)}]")
        return browser.field(label, part)

    # Both viewports (and reruns against one server) enter a document: the number and the time tell them apart.
    stamp = f"trên {browser.device}, lúc {time.strftime('%H:%M:%S')}"
    notation = f"{time.time_ns() // 10_000_000 % 1_000_000}/UBND-KT"
    today = datetime.date.today()
    issued = (today - datetime.timedelta(days=3)).strftime("%d/%m/%Y")
    year = today.year + 1
    titles = [f"Rà soát, báo cáo tình hình giải ngân vốn đầu tư công ({stamp})",
              f"Xây dựng phương án sắp xếp, xử lý trụ sở làm việc dôi dư ({stamp})",
              f"Tổng kết 5 năm thực hiện Nghị quyết về chuyển đổi số ({stamp})"]
    values = [  # (fieldset legend, label, text typed or the start of the option chosen)
        ("Văn bản", "Số, ký hiệu", f"Số: {notation}"),  # typed as printed on the paper; saved without "Số:"
        ("Văn bản", "Ngày ban hành", issued),
        ("Văn bản", "Cơ quan ban hành", "Ủy ban nhân dân tỉnh"),
        ("Văn bản", "Người ký", "Trần Văn Minh"),
        ("Văn bản", "Trích yếu", f"Về việc triển khai các nhiệm vụ trọng tâm quý I ({stamp})"),
        ("Văn bản", "Cơ quan giao", "Ủy ban nhân dân tỉnh"),
        ("Nhiệm vụ 1", "Nội dung nhiệm vụ", titles[0]),
        ("Nhiệm vụ 1", "Đơn vị chủ trì", unit),
        ("Nhiệm vụ 1", "Thời hạn", (today + datetime.timedelta(days=45)).strftime("%d/%m/%Y")),
        ("Nhiệm vụ 1", "Lĩnh vực", "Tài chính"),
        ("Nhiệm vụ 2", "Nội dung nhiệm vụ", titles[1]),
        ("Nhiệm vụ 2", "Đơn vị chủ trì", unit),
        ("Nhiệm vụ 2", "Đơn vị phối hợp", "SNV; SXD"),
        ("Nhiệm vụ 2", "Thời hạn", f"31/02/{year}"),  # February never has 31 days
        ("Nhiệm vụ 2", "Lãnh đạo phụ trách", ""),  # the first leader listed after "—"
        ("Nhiệm vụ 3", "Nội dung nhiệm vụ", titles[2]),
        ("Nhiệm vụ 3", "Đơn vị chủ trì", unit),
        ("Nhiệm vụ 3", "Thời hạn", "15 ngày làm việc"),
    ]
    typed = []
    for legend, label, value in values:
        element = form_field(legend, label)
        if element.tag_name == "select":
            value = choose(element, value) if value else choose_first(element)
        else:
            element.send_keys(value)
        typed.append((legend, label, value))
    browser.click_to_page(browser.button("Lưu"), "task-new-bad-date", status=(400, 422))

    summary = browser.find("//main//*[contains(@class, 'error-summary')]")
    problem = f"Nhiệm vụ 2: Ngày 31/02/{year} không tồn tại"
    check(problem in summary.text, f"the error summary does not name the row and the day: {summary.text!r}")
    check(len(summary.find_elements(By.XPATH, ".//li")) == 1,
          f"the summary lists more than the bad date: {summary.text!r}")
    check(browser.driver.switch_to.active_element == summary, "the error summary does not take the focus")
    # The summary's link leads to the second row's deadline, which carries the error itself.
    target = summary.find_element(By.XPATH, ".//a").get_attribute("href").rpartition("#")[2]
    check(target == form_field("Nhiệm vụ 2", "Thời hạn").get_attribute("id"),
          f"the summary's link leads to #{target}, not to the second task's deadline")
    row_error = browser.find(
        "//main//form/fieldset[normalize-space(legend)='Nhiệm vụ 2']//*[contains(@class, 'field-error')]")
    check("không tồn tại" in row_error.text, f"the second task's deadline carries {row_error.text!r}")
    for legend, label, value in typed:
        element = form_field(legend, label)
        is_list = element.tag_name == "select"
        kept = Select(element).first_selected_option.text if is_list else element.get_attribute("value")
        check(kept == value, f"after the refused save, {legend} › {label} holds {kept!r} instead of {value!r}")

    deadline = form_field("Nhiệm vụ 2", "Thời hạn")
    deadline.clear()
    deadline.send_keys(f"28/02/{year}")
    browser.click_to_page(browser.button("Lưu"), "document-tasks")
    flash_says(browser, f"Đã giao 3 nhiệm vụ theo văn bản {notation}.")
    check(table_caption_count(browser) == 3, "the document's task list does not count three tasks")
    listed = [a.text.strip() for a in browser.driver.find_elements(By.XPATH, "//main//table//tbody/tr/td[1]//a")]
    check(sorted(listed) == sorted(titles), f"the document's tasks are listed as {listed}")

    browser.click_to_page(browser.link("Văn bản chỉ đạo", browser.find("//main")), "documents")
    browser.click_to_page(browser.link(notation, browser.find("//main")), "document")
    check(browser.heading() == notation, f"opened document {notation!r}, got {browser.heading()!r}")
    check(browser.fact("Ngày ban hành") == issued, f"the document's date reads {browser.fact('Ngày ban hành')!r}")
    check(browser.link("Nhiệm vụ (3)").is_displayed(), "the document page does not count its three tasks")
    browser.entered.update(complete=titles[0], extend=titles[1], extend_deadline=f"28/02/{year}",
                           requested=f"31/03/{year}")


def journey_coordinator_addresses_many_units(browser: Browser, users: dict) -> None:
    """The coordinator gives one point to every department, ticked as a kind, and to a commune found by a search
    without diacritics: one task per unit, and the point's page lists them all with the roll-up. Then the emulation
    ranking, with its formula beside the table."""
    user, password = users["coordinator"][0]
    sign_in(browser, user, password)
    browser.nav_to("Nhiệm vụ", "tasks")
    browser.click_to_page(browser.link("Giao nhiệm vụ", browser.find("//main")), "task-new-point")
    part = browser.find("//main//form/fieldset[normalize-space(legend)='Văn bản']")
    row = browser.find("//main//form/fieldset[normalize-space(legend)='Nhiệm vụ 1']")
    notation = f"{time.time_ns() // 10_000_000 % 1_000_000}/TB-UBND"
    content = f"Rà soát thủ tục hành chính thuộc thẩm quyền (trên {browser.device}, lúc {time.strftime('%H:%M:%S')})"
    browser.field("Số, ký hiệu", part).send_keys(notation)
    browser.field("Ngày ban hành", part).send_keys((datetime.date.today() - datetime.timedelta(days=1)).strftime("%d/%m/%Y"))
    choose(browser.field("Cơ quan giao", part), "Ủy ban nhân dân tỉnh")
    browser.field("Nội dung nhiệm vụ", row).send_keys(content)
    browser.field("Thời hạn", row).send_keys((datetime.date.today() + datetime.timedelta(days=30)).strftime("%d/%m/%Y"))
    browser.tap(browser.find(".//details[contains(@class, 'lead-units')]/summary", row))
    kind = browser.find(".//label[starts-with(normalize-space(), 'Các sở, ban, ngành')]", row)
    departments = int(kind.text.rpartition("(")[2].rstrip(")"))
    browser.tap(kind)
    search = browser.field("Tìm đơn vị", row)
    search.send_keys("phuong")  # typed without diacritics: "phường"
    shown = [label for label in row.find_elements(By.XPATH, ".//*[@data-unit-options]//label") if label.is_displayed()]
    check(shown and all("phuong" in fold(label.text) for label in shown),
          f"searching 'phuong' shows {[label.text for label in shown]}")
    # A commune's ward, from its own group (a department's name may also hold "phương", as in "địa phương").
    shown = [label for label in row.find_elements(By.XPATH, ".//fieldset[normalize-space(legend)='UBND cấp xã']//label")
             if label.is_displayed()]
    check(bool(shown), "the search shows no ward of the communes' group")
    commune = shown[0].text.strip()
    browser.tap(shown[0])
    browser.click_to_page(browser.button("Lưu"), "document-tasks-point")
    flash_says(browser, f"Đã giao {departments + 1} nhiệm vụ theo văn bản {notation}.")
    browser.click_to_page(browser.find("//main//table//tbody/tr/td[1]//a"), "task-of-point")
    browser.click_to_page(browser.link(f"Xem tình hình của {departments + 1} đơn vị"), "point")
    check(browser.heading() == "Nội dung giao cho nhiều đơn vị", f"the point's page: {browser.heading()!r}")
    check(browser.fact("Nội dung nhiệm vụ") == content, f"the point's text reads {browser.fact('Nội dung nhiệm vụ')!r}")
    check(browser.fact("Giao cho") == f"Các sở, ban, ngành; {commune}", f"addressed to {browser.fact('Giao cho')!r}")
    units = [a.text.strip() for a in browser.driver.find_elements(By.XPATH, "//main//table//tbody/tr/td[1]//a")]
    check(len(units) == departments + 1 and commune in units, f"the point lists {units}")
    check(f"0/{departments + 1} đơn vị đã hoàn thành" in browser.main_text(), "the roll-up does not count every unit")

    browser.nav_to("Báo cáo", "reports")
    browser.click_to_page(browser.link("Chấm điểm thi đua", browser.find("//main")), "ranking")
    check(browser.heading() == "Chấm điểm thi đua", f"the ranking page: {browser.heading()!r}")
    check("Cách tính điểm" in browser.main_text() and "Chỉ số nhiệm vụ =" in browser.main_text(),
          "the ranking does not show its formula")
    check(browser.driver.find_elements(By.XPATH, "//main//table//tbody/tr"), "the ranking has no unit")


def journey_officer_completes_a_task(browser: Browser, users: dict) -> None:
    """The unit officer reports the first entered task done; on the phone every page, the form's included, must fit
    the 390 px screen without sideways scrolling. The task then waits for the office to confirm it."""
    title = entered(browser, "complete")
    user, password, _ = officer_and_unit(browser, users)
    sign_in(browser, user, password)
    open_task_titled(browser, title, "task-to-complete")
    form = browser.form_titled("Báo cáo hoàn thành")
    # The day is offered (today's); the officer keeps it and says what was done.
    day = browser.field("Ngày hoàn thành (ngày văn bản kết quả)", form).get_attribute("value")
    check(re.fullmatch(r"\d{2}/\d{2}/\d{4}", day) is not None, f"the completion date is offered as {day!r}")
    note = f"Đã ban hành báo cáo kết quả rà soát, gửi kèm văn bản số 215/BC-STC ({browser.device})"
    browser.field("Nội dung", form).send_keys(note)
    if browser.viewport == "phone":
        browser.check_fits_phone("task-to-complete-typed")
    browser.click_to_page(browser.button("Báo cáo hoàn thành", form), "completion-reported")
    check(browser.heading() == title, "after reporting completion the task's page is not shown again")
    flash_says(browser, "Đã ghi nhận.")
    check(browser.find("//main//*[contains(@class, 'tag') and normalize-space()="
                       "'Đã báo cáo hoàn thành, chờ Văn phòng xác nhận']").is_displayed(),
          "the task does not show that it awaits the office's confirmation")
    entry = browser.find(f"//main//ol[contains(@class, 'timeline')]/li[contains(., {xpath_literal(note)})]")
    check("Báo cáo hoàn thành" in entry.text, f"the history entry reads {entry.text!r}")


def journey_leader_decides_an_extension(browser: Browser, users: dict) -> None:
    """The unit officer asks for more time on the second entered task; the leader finds the request in "Việc cần
    làm", opens it, finds the requested day already in "Thời hạn mới", approves, and the task has its new deadline."""
    title, deadline, requested = (entered(browser, k) for k in ("extend", "extend_deadline", "requested"))
    user, password, _ = officer_and_unit(browser, users)
    sign_in(browser, user, password)
    open_task_titled(browser, title, "task-to-extend")
    check(browser.fact("Thời hạn") == deadline, f"the task's deadline reads {browser.fact('Thời hạn')!r}")
    reason = f"Xin gia hạn để chờ ý kiến thống nhất của Sở Xây dựng về phương án ({browser.device})"
    form = browser.form_titled("Xin gia hạn")
    browser.field("Thời hạn mới", form).send_keys(requested)
    browser.field("Nội dung", form).send_keys(reason)
    browser.click_to_page(browser.button("Xin gia hạn", form), "extension-requested")
    flash_says(browser, "Đã ghi nhận.")
    check(reason in browser.find("//main//ol[contains(@class, 'timeline')]").text,
          "the extension request does not appear in the task's history")
    sign_out(browser, user)

    leader, password = users["leader"][0]
    sign_in(browser, leader, password)
    browser.nav_to("Việc cần làm", "leader-inbox")
    requests = browser.find("//main//section[h2[starts-with(normalize-space(), 'Đề nghị gia hạn chờ quyết định')]]")
    browser.click_to_page(browser.link(title, requests), "extension-to-decide")
    check(browser.heading() == title, f"opened {title!r} from the inbox but the page is {browser.heading()!r}")
    form = browser.form_titled("Đồng ý gia hạn")
    offered = browser.field("Thời hạn mới", form).get_attribute("value")
    check(offered == requested, f"'Thời hạn mới' offers {offered!r}, not the {requested} the unit asked for")
    decision = f"Đồng ý gia hạn, đề nghị Sở hoàn thành đúng thời hạn mới ({browser.device})"
    browser.field("Nội dung", form).send_keys(decision)
    browser.click_to_page(browser.button("Đồng ý gia hạn", form), "extension-approved")
    flash_says(browser, "Đã ghi nhận.")
    check(browser.fact("Thời hạn").startswith(requested),
          f"after the approval the deadline reads {browser.fact('Thời hạn')!r}, not {requested}")
    check(decision in browser.find("//main//ol[contains(@class, 'timeline')]").text,
          "the approval does not appear in the task's history")
    # Decided: no longer waiting in the leader's inbox.
    browser.nav_to("Việc cần làm", "leader-inbox-after")
    check(not browser.driver.find_elements(By.XPATH, f"//main//section//a[normalize-space()={xpath_literal(title)}]"),
          "the decided extension request is still in the leader's inbox")
    sign_out(browser, leader)


def journey_leader_asks_an_explanation(browser: Browser, users: dict) -> None:
    """The leader lists the overdue tasks of the second unit officer's unit, asks its first one to be explained by a
    day (first forgetting the day: the error keeps what was typed); the officer finds it under "Cần giải trình" in
    "Việc cần làm", answers, and the task shows the answer. Once answered a leader may ask again, so the phone's run
    asks about the same task a second time."""
    officer, officer_password = users["unit_officer"][1]
    sign_in(browser, officer, officer_password)
    browser.open("/profile", "explain-officer-profile")
    unit = browser.fact("Đơn vị")
    sign_out(browser, officer)

    leader, password = users["leader"][0]
    sign_in(browser, leader, password)
    browser.nav_to("Nhiệm vụ", "explain-list")
    filters = browser.find("//form[@role='search']")
    Select(browser.field("Trạng thái", filters)).select_by_visible_text("Chưa hoàn thành, quá hạn")
    browser.tap(browser.find(".//details[contains(@class, 'more-filters')]/summary", filters))
    choose(browser.field("Đơn vị chủ trì", filters), unit)
    browser.click_to_page(browser.button("Lọc", filters), "explain-overdue-of-unit")
    first = browser.find("//main//table//tbody/tr[1]//a")
    title = first.text.strip()
    browser.click_to_page(first, "explain-task")
    form = browser.form_titled("Yêu cầu giải trình")
    question = f"Đề nghị giải trình lý do chậm thực hiện ({browser.device})"
    browser.field("Nội dung cần giải trình", form).send_keys(question)
    browser.click_to_page(browser.button("Yêu cầu giải trình", form), "explain-refused", status=(422,))
    form = browser.form_titled("Yêu cầu giải trình")
    check("Nhập hạn giải trình." in form.text, "a request without its day is not refused with the day named")
    typed = browser.field("Nội dung cần giải trình", form).get_attribute("value")
    check(typed == question, f"the refused request kept {typed!r} instead of what was typed")
    # The server's day is Vietnam's (UTC+7), which a run late in the UTC evening is already a day ahead of.
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).date()
    due = (today + datetime.timedelta(days=7)).strftime("%d/%m/%Y")
    browser.field("Hạn giải trình", form).send_keys(due)
    browser.click_to_page(browser.button("Yêu cầu giải trình", form), "explain-asked")
    flash_says(browser, "Đã ghi nhận.")
    check(f"Đang chờ đơn vị giải trình, hạn {due}" in browser.fact("Giải trình"),
          f"the task's explanation reads {browser.fact('Giải trình')!r}")
    sign_out(browser, leader)

    sign_in(browser, officer, officer_password)
    browser.nav_to("Việc cần làm", "explain-inbox")
    waiting = browser.find("//main//section[@id='to-explain']")
    browser.click_to_page(browser.link(title, waiting), "explain-to-answer")
    form = browser.form_titled("Giải trình")
    answer = f"Đơn vị đang chờ ý kiến thẩm định của bộ, sẽ hoàn thành trong tháng ({browser.device})"
    browser.field("Nội dung giải trình", form).send_keys(answer)
    if browser.viewport == "phone":
        browser.check_fits_phone("explain-typed")
    browser.click_to_page(browser.button("Giải trình", form), "explain-answered")
    flash_says(browser, "Đã ghi nhận.")
    check(browser.fact("Giải trình").endswith("Đã giải trình ngày " + today.strftime("%d/%m/%Y")),
          f"after the answer the task's explanation reads {browser.fact('Giải trình')!r}")
    check(answer in browser.find("//main//ol[contains(@class, 'timeline')]").text,
          "the explanation does not appear in the task's history")
    sign_out(browser, officer)


def shown_count(browser: Browser, href: str) -> int:
    """The count the page a home figure opens shows: the task list's caption (no table: none match), the inbox
    section's heading "… (N)", or the indicators table's rows."""
    if href.startswith("/tasks"):
        return table_caption_count(browser) if browser.driver.find_elements(By.XPATH, "//main//table/caption") else 0
    if "#" in href:
        heading = browser.find(f"//main//section[@id={xpath_literal(href.split('#', 1)[1])}]/h2").text
        match = re.search(r"\((\d+)\)$", heading.strip())
        check(match is not None, f"the inbox section {href!r} has no count in its heading {heading!r}")
        return int(match.group(1))
    return len(browser.driver.find_elements(By.XPATH, "//main//table/tbody/tr"))


def journey_home_counts_match_their_lists(browser: Browser, users: dict) -> None:
    """Each role's home: every figure opens the list it counts, and that list shows the same number; the badge on
    "Việc cần làm" is filled in."""
    for role in ("coordinator", "leader", "unit_officer"):
        user, password = users[role][0]
        sign_in(browser, user, password)
        figures = [(a.get_attribute("href").replace(browser.base, ""), int(a.find_element(By.TAG_NAME, "strong").text.replace(".", "")))
                   for a in browser.driver.find_elements(By.CSS_SELECTOR, "main .home-figures a.figure")]
        check(len(figures) >= 4, f"{user}'s home shows {len(figures)} figures")
        for href, count in figures:
            browser.open(href.split("#")[0], f"home-figure-{role}")
            listed = shown_count(browser, href)
            check(listed == count, f"{user}'s home says {count} for {href}, the page it opens shows {listed}")
        if role != "unit_officer":
            browser.open("/", f"home-{role}-again")
            badge = WebDriverWait(browser.driver, 5).until(
                lambda d: d.find_element(By.CSS_SELECTOR, ".main-nav .nav-badge").is_displayed()
                and d.find_element(By.CSS_SELECTOR, ".main-nav .nav-badge"))
            check(int(badge.text) > 0, f"{user}'s badge reads {badge.text!r}")
        sign_out(browser, user)


JOURNEYS = [
    ("each role's home: every figure matches the list it opens", journey_home_counts_match_their_lists),
    ("coordinator finds a task (search without diacritics)", journey_coordinator_finds_a_task),
    ("unit officer reports progress; a step with a missing field", journey_officer_reports_progress),
    # The next two work on the tasks this one enters.
    ("coordinator enters a document with three tasks, one with a day that does not exist",
     journey_coordinator_enters_a_document),
    ("unit officer reports a task completed", journey_officer_completes_a_task),
    ("unit officer asks for an extension; the leader approves it from the inbox", journey_leader_decides_an_extension),
    ("inbox, programme, indicators, plans, meetings, report requests, statistics, review report; sign out",
     journey_coordinator_browses_the_modules),
    ("coordinator writes the review report: a section with a footnote, then issues it",
     journey_coordinator_writes_the_review_report),
    ("coordinator gives one point to every department and a commune; the emulation ranking",
     journey_coordinator_addresses_many_units),
    ("the leader asks a unit to explain an overdue task; the unit answers from its inbox",
     journey_leader_asks_an_explanation),
]


def run_viewport(viewport: str, base: str, shots: Path, users: dict, axe_source: str) -> Browser:
    """Runs every journey in one browser; returns it with what its page checks found (the browser itself has quit)."""
    failures: list[str] = []
    browser = Browser(viewport, base, shots, axe_source)
    try:
        for title, journey in JOURNEYS:
            started = time.monotonic()
            try:
                journey(browser, users)
                print(f"  ok    [{viewport}] {title} ({time.monotonic() - started:.1f}s)")
            except Exception as error:  # one journey failing must not hide the others
                shot = browser.screenshot(journey.__name__, prefix="FAILED-")
                detail = str(error) if isinstance(error, JourneyFailure) else traceback.format_exc(limit=3)
                failures.append(f"[{viewport}] {title}: {detail.strip()} (screenshot {shot})")
                print(f"  FAIL  [{viewport}] {title}: {detail.strip()}\n        screenshot {shot}")
        browser.failures = failures
        return browser
    finally:
        browser.quit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the served app, e.g. http://127.0.0.1:8111")
    parser.add_argument("--demo", required=True, type=Path, help="the output of `dieuhanh demo`")
    parser.add_argument("--shots", required=True, type=Path, help="where to save a screenshot of every page")
    parser.add_argument("--viewport", choices=["desktop", "phone"], action="append",
                        help="only this viewport (repeatable); both by default")
    args = parser.parse_args()
    # Stopped from outside (the CI script's timeout): end as a failure, but through the `finally` that quits the
    # browser, so no Chromium is left behind.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("browser: the journeys were stopped (SIGTERM)"))
    users = parse_users(args.demo.read_text(encoding="utf-8"))
    missing = [role for role in ("coordinator", "unit_officer", "leader") if not users.get(role)]
    if missing:
        print(f"browser: the demo printed no sample user with role {', '.join(missing)}")
        return 1
    args.shots.mkdir(parents=True, exist_ok=True)
    axe_source, axe_version = load_axe()
    print(f"browser: axe-core {axe_version} (from {AXE_PACKAGE}) on every page; text below {MIN_TEXT_PX} px fails")

    failures: list[str] = []
    known: list[str] = []
    problems: list[str] = []
    pages = 0
    for viewport in args.viewport or ["desktop", "phone"]:
        browser = run_viewport(viewport, args.base, args.shots, users, axe_source)
        failures += browser.failures
        known += [f"[{viewport}] {k}" for k in browser.known]
        problems += [f"[{viewport}] {p}" for p in browser.problems]
        pages += browser.pages_checked
    if known:
        print("known defects still present (not failing the run):")
        for k in known:
            print("  - " + k)
    if problems:
        print("page checks failed (accessibility, text size):")
        for p in problems:
            print("  - " + p)
    print(f"{pages} pages checked, {len(failures)} journey(s) failed, {len(problems)} page check(s) failed")
    return 1 if failures or problems else 0


if __name__ == "__main__":
    sys.exit(main())
