export {default as arc} from "./arc.js";
export {default as area} from "./area.js";
export {default as line} from "./line.js";
export {default as pie} from "./pie.js";
export {default as areaRadial, default as radialArea} from "./areaRadial.js"; // Note: radialArea is deprecated!
export {default as lineRadial, default as radialLine} from "./lineRadial.js"; // Note: radialLine is deprecated!
export {default as pointRadial} from "./pointRadial.js";
export {link, linkHorizontal, linkVertical, linkRadial} from "./link.js";

export {default as symbol, symbolsStroke, symbolsFill, symbolsFill as symbols} from "./symbol.js";
export {default as symbolAsterisk} from "./symbol/asterisk.js";
export {default as symbolCircle} from "./symbol/circle.js";
export {default as symbolCross} from "./symbol/cross.js";
export {default as symbolDiamond} from "./symbol/diamond.js";
export {default as symbolDiamond2} from "./symbol/diamond2.js";
export {default as symbolPlus} from "./symbol/plus.js";
export {default as symbolSquare} from "./symbol/square.js";
export {default as symbolSquare2} from "./symbol/square2.js";
export {default as symbolStar} from "./symbol/star.js";
export {default as symbolTriangle} from "./symbol/triangle.js";
export {default as symbolTriangle2} from "./symbol/triangle2.js";
export {default as symbolWye} from "./symbol/wye.js";
export {default as symbolTimes, default as symbolX} from "./symbol/times.js";

export {default as curveBasisClosed} from "./curve/basisClosed.js";
export {default as curveBasisOpen} from "./curve/basisOpen.js";
export {default as curveBasis} from "./curve/basis.js";
export {bumpX as curveBumpX, bumpY as curveBumpY} from "./curve/bump.js";
export {default as curveBundle} from "./curve/bundle.js";
export {default as curveCardinalClosed} from "./curve/cardinalClosed.js";
export {default as curveCardinalOpen} from "./curve/cardinalOpen.js";
export {default as curveCardinal} from "./curve/cardinal.js";
export {default as curveCatmullRomClosed} from "./curve/catmullRomClosed.js";
export {default as curveCatmullRomOpen} from "./curve/catmullRomOpen.js";
export {default as curveCatmullRom} from "./curve/catmullRom.js";
export {default as curveLinearClosed} from "./curve/linearClosed.js";
export {default as curveLinear} from "./curve/linear.js";
export {monotoneX as curveMonotoneX, monotoneY as curveMonotoneY} from "./curve/monotone.js";
export {default as curveNatural} from "./curve/natural.js";
export {default as curveStep, stepAfter as curveStepAfter, stepBefore as curveStepBefore} from "./curve/step.js";

export {default as stack} from "./stack.js";
export {default as stackOffsetExpand} from "./offset/expand.js";
export {default as stackOffsetDiverging} from "./offset/diverging.js";
export {default as stackOffsetNone} from "./offset/none.js";
export {default as stackOffsetSilhouette} from "./offset/silhouette.js";
export {default as stackOffsetWiggle} from "./offset/wiggle.js";
export {default as stackOrderAppearance} from "./order/appearance.js";
export {default as stackOrderAscending} from "./order/ascending.js";
export {default as stackOrderDescending} from "./order/descending.js";
export {default as stackOrderInsideOut} from "./order/insideOut.js";
export {default as stackOrderNone} from "./order/none.js";
export {default as stackOrderReverse} from "./order/reverse.js";
