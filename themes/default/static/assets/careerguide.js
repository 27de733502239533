(k=>{let s;try{s=localStorage[k]}catch(e){}for(const r of document.getElementsByName("scheme")){r.checked=r.value==s;
r.onchange=()=>{try{localStorage[k]=r.value}catch(e){}}}})("careerguide-scheme");
