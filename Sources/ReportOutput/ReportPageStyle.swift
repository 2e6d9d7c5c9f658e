/// The page's inline style and script: nothing is fetched, so the page reads the same offline,
/// from a mail attachment or a CI artefact. Colours come in light and dark pairs; CJK text takes
/// the system's fonts.
enum ReportPageStyle {
    static let css = """
        :root{color-scheme:light dark;--bg:#fdfdfb;--fg:#1d1d1f;--muted:#6b6b70;--rule:#d9d9de;--panel:#f3f3f0;
        --tip-bg:#1d1d1f;--tip-fg:#f5f5f7;
        --reproduced:#1f7a3a;--reproduced-bg:#dcf3e2;--implied:#1a6a8a;--implied-bg:#daeef6;
        --bound:#5a5f86;--bound-bg:#e6e7f3;--unverifiable:#8a5a00;--unverifiable-bg:#fbedc9;
        --mismatch:#b3261e;--mismatch-bg:#fddcd8;--order-violation:#9c1f6e;--order-violation-bg:#f8d9ec;--plain:#9a9aa0}
        @media (prefers-color-scheme:dark){:root{--bg:#151517;--fg:#e8e8ea;--muted:#a0a0a8;--rule:#3a3a40;--panel:#202024;
        --tip-bg:#f1f1f3;--tip-fg:#151517;
        --reproduced:#7ad69a;--reproduced-bg:#173d24;--implied:#7cc8e6;--implied-bg:#13384a;
        --bound:#aab0e0;--bound-bg:#2a2c45;--unverifiable:#f0c060;--unverifiable-bg:#43340e;
        --mismatch:#ff8a80;--mismatch-bg:#4d1714;--order-violation:#f08acb;--order-violation-bg:#44173a;--plain:#77777f}}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--fg);line-height:1.75;font-size:16px;
        font-family:system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",
        "Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
        a{color:inherit}
        .corpus,.report{max-width:72rem;margin:0 auto;padding:1.5rem 2rem}
        .report{display:grid;grid-template-columns:15rem minmax(0,1fr);gap:0 2.5rem;border-bottom:1px solid var(--rule)}
        .report>header{grid-column:1/-1}
        h1{font-size:1.5rem;line-height:1.4;margin:0 0 .25rem}
        .up{text-decoration:none;color:var(--muted)}
        .facts{color:var(--muted);margin:0 0 .75rem}
        .counts{margin:.5rem 0}
        .chip{display:inline-block;padding:0 .55em;border-radius:1em;font-size:.85em;line-height:1.6;white-space:nowrap;
        border:1px solid currentColor}
        .findings{margin:.5rem 0;padding-left:1.5rem}
        .findings li{margin:.2rem 0}
        .findings a{text-decoration:none}
        .findings a:hover b{text-decoration:underline}
        .why{color:var(--muted);font-size:.92em}
        .others summary{cursor:pointer;color:var(--muted)}
        .none{color:var(--reproduced)}
        .notice{background:var(--panel);padding:.5rem .75rem;border-left:3px solid var(--unverifiable)}
        .outline{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;font-size:.88rem;line-height:1.5;
        padding:.5rem 0}
        .outline h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:.5rem 0}
        .outline ul{list-style:none;margin:0;padding:0}
        .outline li{margin:.15rem 0}
        .outline a{text-decoration:none}
        .outline a:hover{text-decoration:underline}
        .outline .l2{padding-left:1em}.outline .l3{padding-left:2em;color:var(--muted)}.outline .l4{padding-left:3em;color:var(--muted)}
        .marker{color:var(--muted)}
        .text{min-width:0}
        .text p{margin:.6rem 0;text-align:justify}
        .heading{line-height:1.5;margin:1.4rem 0 .5rem}
        h2.heading{font-size:1.25rem}h3.heading{font-size:1.08rem}h4.heading,h5.heading{font-size:1rem}
        table.cells{border-collapse:collapse;margin:.75rem 0;font-size:.92rem}
        table.cells td{border:1px solid var(--rule);padding:.2rem .6rem}
        table.index{border-collapse:collapse;width:100%}
        table.index th,table.index td{border-bottom:1px solid var(--rule);padding:.3rem .6rem;text-align:left}
        table.index th{font-size:.8rem;font-weight:600}
        .id{color:var(--muted);font-size:.85em}
        mark.fig{position:relative;background:none;color:inherit;padding:0 .12em;border-radius:.2em;cursor:help;
        border-bottom:2px dotted var(--plain)}
        mark.fig:focus{outline:2px solid var(--fg);outline-offset:1px}
        .fig[data-verdict]{border-bottom-style:solid;font-weight:600}
        .v-reproduced{color:var(--reproduced)}.fig.v-reproduced{background:var(--reproduced-bg);border-color:var(--reproduced)}
        .v-implied{color:var(--implied)}.fig.v-implied{background:var(--implied-bg);border-color:var(--implied)}
        .v-bound{color:var(--bound)}.fig.v-bound{background:var(--bound-bg);border-color:var(--bound)}
        .v-unverifiable{color:var(--unverifiable)}.fig.v-unverifiable{background:var(--unverifiable-bg);border-color:var(--unverifiable)}
        .v-mismatch{color:var(--mismatch)}.fig.v-mismatch{background:var(--mismatch-bg);border-color:var(--mismatch)}
        .v-order-violation{color:var(--order-violation)}
        .fig.v-order-violation{background:var(--order-violation-bg);border-color:var(--order-violation)}
        .fig.restricted{outline:1px dashed var(--unverifiable);outline-offset:1px}
        .chip.plain{color:var(--muted)}.chip.restricted{color:var(--unverifiable);border-style:dashed}
        .fig:hover::after,.fig:focus::after{content:attr(data-tip);position:absolute;z-index:10;left:0;top:calc(100% + 6px);
        width:max-content;max-width:min(30rem,80vw);white-space:pre-line;text-align:left;font-weight:400;font-size:.82rem;
        line-height:1.5;padding:.5rem .7rem;border-radius:.35rem;background:var(--tip-bg);color:var(--tip-fg);
        box-shadow:0 4px 16px rgba(0,0,0,.25);pointer-events:none}
        .fig.tip-left:hover::after,.fig.tip-left:focus::after{left:auto;right:0}
        .keys{max-width:72rem;margin:0 auto;padding:1rem 2rem 2rem;color:var(--muted);font-size:.85rem}
        .position{position:fixed;right:1rem;bottom:1rem;background:var(--tip-bg);color:var(--tip-fg);padding:.2rem .7rem;
        border-radius:1rem;font-size:.85rem}
        .position:empty{display:none}
        @media (max-width:50rem){.report{display:block;padding:1rem}.outline{position:static;max-height:none}}
        @media print{body{background:#fff;color:#000;font-size:11pt}
        .report{display:block;max-width:none;padding:0;break-after:page}.outline,.keys,.others,.position{display:none}
        .fig:hover::after,.fig:focus::after{content:none}
        .fig[data-verdict]::after{content:" [" attr(data-verdict) "]";font-size:.75em;font-weight:400}
        .fig{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        a{text-decoration:none}}
        """

    /// `n` and `p` move the focus (which shows the tip) to the next and previous mismatch; a
    /// badge says which one of how many. A tip opens leftwards from a figure in the right half
    /// of the window, so that it stays inside.
    static let script = """
        (function(){
        var marks=Array.prototype.slice.call(document.querySelectorAll('.fig[data-verdict="mismatch"],.fig[data-verdict="order-violation"]'));
        var badge=document.createElement('div');badge.className='position';badge.setAttribute('aria-live','polite');
        document.body.appendChild(badge);var at=-1;
        document.addEventListener('keydown',function(e){
        if(e.ctrlKey||e.metaKey||e.altKey||(e.key!=='n'&&e.key!=='p')||!marks.length)return;
        var current=marks.indexOf(document.activeElement);if(current>=0)at=current;
        at=e.key==='n'?(at+1)%marks.length:(at-1+marks.length)%marks.length;
        marks[at].focus({preventScroll:true});marks[at].scrollIntoView({block:'center'});
        badge.textContent='mismatch '+(at+1)+' of '+marks.length;e.preventDefault();});
        function side(e){var t=e.target;if(!t.classList||!t.classList.contains('fig'))return;
        t.classList.toggle('tip-left',t.getBoundingClientRect().left>window.innerWidth/2);}
        document.addEventListener('mouseover',side);document.addEventListener('focusin',side);
        document.documentElement.setAttribute('data-mismatches',String(marks.length));
        })();
        """
}
