declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  const jaroWinkler: (a: string, b: string, options?: { ignoreCase?: boolean; dj?: number }) => number;
  export default jaroWinkler;
}
