extension Assets {
    static let stylesheet = #"""
        :root {
          --ink: #1d2733; --muted: #5b6673; --line: #d5dbe2; --paper: #ffffff; --wash: #f4f6f8;
          --brand: #8b1e1e; --brand-dark: #661515; --link: #0b5cad; --focus: #f3b400;
          --ok: #1e6b3a; --ok-bg: #e3f3e8; --warn: #8a5a00; --warn-bg: #fff3d6; --bad: #a11b1b; --bad-bg: #fde7e7;
          --closed: #5b6673; --closed-bg: #eceff2;
        }
        * { box-sizing: border-box; }
        html { font-size: 16px; }
        body {
          margin: 0; color: var(--ink); background: var(--wash); line-height: 1.5;
          font-family: "Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
        }
        a { color: var(--link); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus, [tabindex]:focus {
          outline: 3px solid var(--focus); outline-offset: 2px;
        }
        .skip-link { position: absolute; left: -9999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 10; }
        .skip-link:focus { left: 1rem; }
        /* Read by screen readers, not shown: a column heading whose column speaks for itself. */
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .topbar {
          display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem;
          background: var(--brand); color: #fff; padding: .5rem 1.25rem;
        }
        .topbar a, .topbar .link-button { color: #fff; }
        .brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; display: inline-flex; align-items: center; gap: .35rem; }
        .brand-mark { background: #fff; color: var(--brand); border-radius: 4px; padding: 0 .35rem; font-size: .9rem; }
        .topbar-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; }
        .user-name { text-decoration: none; }
        .role-tag { margin-left: .4rem; font-size: .8rem; background: rgba(255,255,255,.18); border-radius: 3px; padding: 0 .35rem; }
        .main-nav { background: var(--paper); border-bottom: 1px solid var(--line); overflow-x: auto; }
        .main-nav ul { list-style: none; margin: 0; padding: 0 1rem; display: flex; gap: .25rem; }
        .main-nav a { display: block; padding: .7rem .8rem; text-decoration: none; color: var(--ink); border-bottom: 3px solid transparent; white-space: nowrap; }
        .main-nav a[aria-current="page"] { border-bottom-color: var(--brand); font-weight: 600; }
        main { max-width: 75rem; margin: 0 auto; padding: 1.25rem; }
        .site-footer { max-width: 75rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; color: var(--muted); font-size: .875rem; }
        h1 { font-size: 1.6rem; margin: .25rem 0; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
        .page-header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-end; gap: 1rem; margin-bottom: 1rem; }
        .lead { color: var(--muted); margin: .25rem 0 0; }
        .muted { color: var(--muted); }
        .breadcrumb { margin: 0; font-size: .9rem; }
        .actions { display: flex; flex-wrap: wrap; gap: .5rem; }
        .button, button.button {
          display: inline-block; font: inherit; padding: .45rem .9rem; border: 1px solid var(--line); border-radius: 4px;
          background: var(--paper); color: var(--ink); text-decoration: none; cursor: pointer; min-height: 2.5rem;
        }
        .button.primary { background: var(--brand); border-color: var(--brand); color: #fff; }
        .button.primary:hover { background: var(--brand-dark); }
        .button.danger { background: var(--bad-bg); border-color: var(--bad); color: var(--bad); }
        .link-button { background: none; border: none; font: inherit; cursor: pointer; text-decoration: underline; padding: 0; }
        form.inline { display: inline; margin: 0; }
        .flash { background: var(--ok-bg); color: var(--ok); border-left: 4px solid var(--ok); padding: .6rem 1rem; margin-bottom: 1rem; }
        .error-summary { background: var(--bad-bg); border-left: 4px solid var(--bad); padding: .6rem 1rem; margin-bottom: 1rem; }
        .error-summary h2 { margin: 0 0 .25rem; font-size: 1.05rem; color: var(--bad); }
        .error-summary ul { margin: 0; padding-left: 1.25rem; }
        form .field { margin-bottom: 1rem; max-width: 36rem; }
        .field label { display: block; font-weight: 600; margin-bottom: .2rem; }
        .field .hint { margin: 0 0 .2rem; color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
        .field input, .field select, .field textarea {
          width: 100%; font: inherit; padding: .45rem .55rem; border: 1px solid #8a96a3; border-radius: 4px; background: var(--paper);
        }
        .field.has-error input, .field.has-error select { border: 2px solid var(--bad); }
        .field-error { margin: 0 0 .2rem; color: var(--bad); font-weight: 600; }
        .field.checkbox { display: flex; align-items: center; gap: .5rem; }
        .field.checkbox input { width: auto; }
        .field.checkbox label { font-weight: 400; margin: 0; }
        .required { color: var(--bad); }
        .form-actions { display: flex; gap: .5rem; margin-top: 1rem; }
        .filters { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .75rem; background: var(--paper);
          border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin-bottom: 1rem; }
        .filters .field { margin: 0; min-width: 12rem; flex: 1 1 12rem; }
        .filters .field.checkbox { flex: 0 0 auto; min-width: 0; }
        .table-wrap { overflow-x: auto; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; }
        .table-wrap:focus-visible, .chart-wrap:focus-visible, .report-sheet:focus-visible { outline: 3px solid var(--focus); }
        .table-wrap:focus:not(:focus-visible), .chart-wrap:focus:not(:focus-visible), .report-sheet:focus:not(:focus-visible) { outline: none; }
        table.data { border-collapse: collapse; width: 100%; }
        table.data caption { text-align: left; padding: .5rem .75rem; color: var(--muted); }
        table.data th, table.data td { padding: .5rem .75rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        table.data thead th { position: sticky; top: 0; background: #e9edf1; z-index: 1; }
        table.data tbody tr:hover { background: #f8fafc; }
        tr.closed td { color: var(--closed); }
        .tree .depth-1 { padding-left: 2rem; } .tree .depth-2 { padding-left: 3.5rem; } .tree .depth-3 { padding-left: 5rem; }
        .tree .depth-4 { padding-left: 6.5rem; } .tree .depth-5, .tree .depth-6 { padding-left: 8rem; }
        .path { color: var(--muted); font-size: .9rem; }
        .tag { display: inline-block; border-radius: 3px; padding: 0 .4rem; font-size: .85rem; white-space: nowrap; }
        .tag-open { background: var(--ok-bg); color: var(--ok); }
        .tag-closed { background: var(--closed-bg); color: var(--closed); }
        .tag-warn { background: var(--warn-bg); color: var(--warn); }
        .tag-bad { background: var(--bad-bg); color: var(--bad); }
        .tag-neutral { background: #e8eef5; color: #23486f; }
        .tag-focal { background: #fdf3d8; color: #6b4a00; white-space: normal; }
        .bucket-summary { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 0 0 1rem; }
        .bucket-summary a { display: block; background: var(--paper); border: 1px solid var(--line); border-radius: 6px;
          padding: .4rem .75rem; text-decoration: none; color: var(--ink); }
        .bucket-summary a[aria-current] { border-color: var(--brand); box-shadow: inset 0 -3px 0 var(--brand); }
        tr.row-overdue td:first-child { border-left: 4px solid var(--bad); }
        tr.row-due-soon td:first-child { border-left: 4px solid var(--warn); }
        ol.timeline { list-style: none; padding: 0; border-left: 3px solid var(--line); margin-left: .5rem; }
        ol.timeline li { position: relative; padding: .25rem 0 .75rem 1rem; }
        ol.timeline li::before { content: ""; position: absolute; left: -.5rem; top: .55rem; width: .7rem; height: .7rem;
          border-radius: 50%; background: var(--brand); }
        ol.timeline p { margin: .2rem 0; }
        fieldset { border: 1px solid var(--line); border-radius: 6px; background: var(--paper); margin: 0 0 1rem; padding: .75rem 1rem; }
        legend { font-weight: 700; padding: 0 .35rem; }
        .grid-2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 1rem; }
        .grid-3 { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0 1rem; }
        .grid-2 .field, .grid-3 .field { max-width: none; }
        .action-forms { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem; }
        .action-form { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
        .action-form h3 { margin-top: 0; font-size: 1.05rem; }
        .empty-state { background: var(--paper); border: 1px dashed #9aa5b1; border-radius: 6px; padding: 2rem; text-align: center; }
        .empty-state h2 { margin-top: 0; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
        .card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
        .card h2 { margin-top: 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; background: var(--paper);
          border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
        dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
        ul.plain { list-style: none; padding: 0; }
        ul.plain li { padding: .25rem 0; border-bottom: 1px solid var(--line); }
        .pager { display: flex; gap: 1rem; align-items: center; justify-content: center; margin: 1rem 0; }
        .sign-in { max-width: 26rem; margin: 2rem auto; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1.5rem; }
        .secret { background: var(--warn-bg); border: 1px solid var(--warn); border-radius: 6px; padding: 1rem; }
        .password { font-size: 1.4rem; letter-spacing: .08em; }
        .hash { font-size: .8rem; word-break: break-all; }
        .compare { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .compare pre { background: var(--paper); border: 1px solid var(--line); padding: .75rem; overflow-x: auto; }
        /* A grid item is as wide as its content unless told otherwise: a long line in a <pre> would widen the page. */
        .compare > * { min-width: 0; }
        .nav-badge { display: inline-block; min-width: 1.4rem; margin-left: .35rem; padding: 0 .35rem; border-radius: 999px;
          background: var(--bad); color: #fff; font-size: .8rem; font-weight: 700; text-align: center; line-height: 1.4rem; }
        .nav-badge[hidden] { display: none; }
        .filter-chips { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin: -.25rem 0 1rem; }
        .filter-chips ul { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; margin: 0; padding: 0; }
        .filter-chips li { display: inline-flex; align-items: center; gap: .25rem; background: #e8eef5; color: #23486f;
          border-radius: 999px; padding: .15rem .25rem .15rem .75rem; max-width: 100%; }
        .filter-chips li span { overflow-wrap: anywhere; }
        .filter-chips li a { display: inline-block; min-width: 1.75rem; min-height: 1.75rem; line-height: 1.75rem;
          text-align: center; border-radius: 50%; text-decoration: none; font-weight: 700; color: #23486f; }
        .filter-chips li a:hover { background: #cfdbe8; }
        table.data th a.sort-link { color: inherit; }
        .home-figures { list-style: none; margin: 0 0 1rem; padding: 0; display: grid; gap: .75rem;
          grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); }
        .home-figures a.figure { display: flex; flex-direction: column; gap: .15rem; height: 100%; background: var(--paper);
          border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 6px; padding: .75rem 1rem;
          text-decoration: none; color: var(--ink); }
        .home-figures a.figure strong { font-size: 2rem; line-height: 1.1; font-variant-numeric: tabular-nums; }
        .home-figures a.figure.tone-bad { border-left-color: var(--bad); } .home-figures a.figure.tone-bad strong { color: var(--bad); }
        .home-figures a.figure.tone-warn { border-left-color: var(--warn); } .home-figures a.figure.tone-warn strong { color: var(--warn); }
        .home-figures a.figure:hover { background: #f8fafc; }
        .home-ranking ol { margin: 0; padding-left: 1.5rem; }
        .home-ranking li { padding: .3rem 0; }
        .home-ranking li .tag { margin-left: .5rem; }
        .home-shortcuts ul { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; }
        .home-shortcuts a { display: inline-block; background: var(--paper); border: 1px solid var(--line); border-radius: 4px;
          padding: .4rem .8rem; text-decoration: none; }
        details.more-filters { flex-basis: 100%; }
        details.more-filters summary { cursor: pointer; color: var(--link); padding: .25rem 0; }
        details.lead-units { margin-top: .5rem; }
        details.lead-units summary { cursor: pointer; color: var(--link); padding: .25rem 0; }
        details.lead-units .unit-group { margin: .5rem 0; }
        details.lead-units [data-fold][hidden] { display: none; }
        .filter-fields { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .75rem; margin-top: .5rem; }
        .filter-fields .field { margin: 0; min-width: 12rem; flex: 1 1 12rem; }
        /* Column lists and codes have no spaces to break at: let them wrap anywhere rather than widen a phone's page. */
        main code { overflow-wrap: anywhere; }
        .danger-zone { margin-top: 2rem; border-top: 1px solid var(--line); }
        table.data th.num, table.data td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .chart-wrap { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .75rem; margin: .5rem 0 1rem; }
        .chart { display: block; width: 100%; max-width: 64rem; height: auto; }
        .report-sheet { background: var(--paper); border: 1px solid var(--line); padding: 2rem 2.5rem; max-width: 60rem;
          font-family: "Times New Roman", Times, serif; font-size: 1.05rem; }
        .report-sheet .doc-header { display: grid; grid-template-columns: 2fr 3fr; text-align: center; gap: 1rem; }
        .report-sheet .doc-header strong { display: block; }
        .report-sheet .place-date { font-style: italic; }
        .report-sheet h2, .report-sheet h3 { text-align: center; }
        .report-sheet p.body { text-align: justify; text-indent: 1.27cm; }
        .report-sheet table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
        .report-sheet th, .report-sheet td { border: 1px solid #000; padding: .25rem .4rem; vertical-align: top; }
        .report-sheet .caption { text-align: center; font-style: italic; }
        .report-sheet .level-1 { margin: .2rem 0 .2rem 1.27cm; } .report-sheet .level-2 { margin: .2rem 0 .2rem 2.54cm; }
        .report-sheet .appendix { break-before: page; margin-top: 2rem; }
        /* The written report: figures computed as of the cut-off are shaded apart from the office's text. */
        p.figure-text { background: #f1f5f9; }
        .report-sheet .doc-signature { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: 1rem; }
        .report-sheet .doc-signature p { margin: .1rem 0; } .report-sheet .recipient { font-size: .85rem; }
        .report-sheet .signer { text-align: center; } .report-sheet .signer-name { margin-top: 4rem; }
        .report-sheet .checksum { font-size: .8rem; font-style: italic; overflow-wrap: anywhere; }
        .outline-list { padding-left: 1.25rem; } .outline-list li { margin: .4rem 0; }
        .outline-list .outline-point { margin-left: 1.25rem; } .outline-list p { margin: 0; font-size: .9rem; }
        .draft-list { list-style: none; padding: 0; } .draft-list li { border-bottom: 1px solid var(--line); padding: .5rem 0; }
        .draft-list p { margin: .15rem 0 0; }
        .figure-block { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; margin-bottom: 1rem; }
        .editor textarea { min-height: 18rem; font-family: "Times New Roman", Times, serif; font-size: 1.05rem; }
        .theirs { border-left: 4px solid var(--warn); padding-left: 1rem; }
        .report-text p { text-align: justify; overflow-wrap: anywhere; }
        .comments { list-style: none; padding: 0; } .comments .comment { border-bottom: 1px solid var(--line); padding: .5rem 0; }
        .comments .comment p { margin: .2rem 0; } .comments .resolved { opacity: .7; }
        .notice { background: #eef2ff; border-left: 4px solid var(--link); padding: .6rem 1rem; margin-bottom: 1rem; }
        .outline-row { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; margin-bottom: .75rem; }
        /* A section's written text: bullets marked "- " as in the issued report, footnotes after it; a long
           address in a footnote wraps rather than widen a phone's page. */
        .review-text { overflow-wrap: anywhere; }
        ul.bullets { list-style: "- "; padding-left: 1.5rem; margin: .25rem 0 .75rem; }
        sup.fnref { line-height: 0; }
        ol.footnotes { font-size: .875rem; border-top: 1px solid var(--line); margin: 1rem 0 0; padding: .5rem 0 0 1.5rem; }
        /* Changes between two versions: struck-through red out, underlined green in; line ends kept, and long
           words wrap anywhere rather than widen a phone's page. */
        .text-diff { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 100%; }
        .text-diff del { color: var(--bad); background: var(--bad-bg); text-decoration: line-through; }
        .text-diff ins { color: var(--ok); background: var(--ok-bg); text-decoration: underline; }
        @media (max-width: 40rem) {
          main { padding: .75rem; }
          .compare { grid-template-columns: 1fr; }
          /* A chart keeps the size its text is legible at (12 px and more) and scrolls sideways in its box. */
          .chart-wrap { overflow-x: auto; }
          .chart { min-width: 42rem; }
          /* A task row reads as a card on a phone: the content first, then each fact under its column's name. */
          table.card-rows thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          table.card-rows, table.card-rows tbody, table.card-rows tr, table.card-rows td { display: block; }
          table.card-rows caption { display: block; }
          table.card-rows tr { border-bottom: 1px solid var(--line); padding: .5rem .75rem; }
          table.card-rows td { border: none; padding: .15rem 0; }
          table.card-rows td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
          table.card-rows td:first-child { font-weight: 600; }
          dl.facts { grid-template-columns: 1fr; }
          /* The report keeps its tables as issued; on a phone the sheet scrolls sideways, the page does not. */
          .report-sheet { padding: 1rem .75rem; overflow-x: auto; }
          .report-sheet .doc-signature { grid-template-columns: 1fr; }
          .topbar { padding: .5rem .75rem; }
        }
        @media print {
          /* Lists print on A4 landscape, the report on A4 portrait as issued; no navigation, filters or buttons. */
          @page { size: A4 landscape; margin: 12mm 10mm; }
          @page report { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
          .report-sheet { page: report; }
          .topbar, .main-nav, .filters, .filter-chips, .actions, .pager, .site-footer, .skip-link, .home-shortcuts,
          .form-actions, .action-forms, form.inline { display: none !important; }
          html { font-size: 10pt; }
          body { background: #fff; }
          main { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          .table-wrap, .chart-wrap { overflow: visible; border: none; }
          .chart { min-width: 0; max-width: 100%; }
          table.data thead { display: table-header-group; }
          table.data thead th { position: static; }
          table.data tr { break-inside: avoid; }
          table.data th, table.data td { padding: .2rem .4rem; }
          .report-sheet { border: none; padding: 0; max-width: none; overflow: visible; }
        }
        """#
}
