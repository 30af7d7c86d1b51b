/* The reader's palette, applied before the page is first drawn: the header loads this script, without deferring it,
   just after the toggle's radio buttons (overrides/partials/palette.html, javascripts/palette.html).
   archivePalette(i, keep) applies the palette of the i-th button: the body's data-md-color-* attributes, which
   Material's style sheets read; the button checked and only its label shown; with `keep`, the choice stored for the
   pages to come. With no i, the palette is the one kept from an earlier choice, else the first whose media query
   matches (the system's light or dark preference), else the first. assets/reader.js switches palettes with it. */
window.archivePalette=function(i,keep){var o=document.querySelectorAll("[data-archive-palette] input"),b=document.body,k,l;if(!o.length)return;if(i==null){try{i=JSON.parse(localStorage.getItem("archive.palette"))}catch(e){}if(!o[i]){for(i=0;i<o.length&&!matchMedia(o[i].getAttribute("data-md-color-media")).matches;i++);if(i==o.length)i=0}}["scheme","primary","accent"].forEach(function(a){b.setAttribute("data-md-color-"+a,o[i].getAttribute("data-md-color-"+a))});o[i].checked=!0;for(k=0;k<o.length;k++){l=o[k].nextElementSibling;if(l&&l.tagName=="LABEL")l.hidden=k!=i}if(keep)try{localStorage.setItem("archive.palette",i)}catch(e){}};archivePalette()
