import jw from "natural/lib/natural/distance/jaro-winkler_distance.js";
console.log(jw("فوستوتشني","فوستوشني"), jw("الشمالية","الجنوبية"), jw("محمد","محمود"));
