// constants
export * from './core/constants.js';

// core
export * from './core/AssignNode.js';
export * from './core/AttributeNode.js';
export * from './core/BypassNode.js';
export * from './core/CacheNode.js';
export * from './core/ContextNode.js';
export * from './core/IndexNode.js';
export * from './core/ParameterNode.js';
export * from './core/PropertyNode.js';
export * from './core/StackNode.js';
export * from './core/UniformGroupNode.js';
export * from './core/UniformNode.js';
export * from './core/VaryingNode.js';
export * from './core/OutputStructNode.js';
export * from './core/MRTNode.js';

// math
export * from './math/Hash.js';
export * from './math/MathUtils.js';
export * from './math/TriNoise3D.js';

// utils
export * from './utils/EquirectUVNode.js';
export * from './utils/FunctionOverloadingNode.js';
export * from './utils/LoopNode.js';
export * from './utils/MatcapUVNode.js';
export * from './utils/MaxMipLevelNode.js';
export * from './utils/Oscillators.js';
export * from './utils/Packing.js';
export * from './utils/RemapNode.js';
export * from './utils/UVUtils.js';
export * from './utils/SpriteUtils.js';
export * from './utils/ViewportUtils.js';
export * from './utils/RotateNode.js';
export * from './utils/SpriteSheetUVNode.js';
export * from './utils/Timer.js';
export * from './utils/TriplanarTexturesNode.js';
export * from './utils/ReflectorNode.js';
export * from './utils/RTTNode.js';
export * from './utils/PostProcessingUtils.js';

// three.js shading language
export * from './tsl/TSLBase.js';

// accessors
export * from './accessors/AccessorsUtils.js';
export * from './accessors/UniformArrayNode.js';
export * from './accessors/Bitangent.js';
export * from './accessors/BufferAttributeNode.js';
export * from './accessors/BufferNode.js';
export * from './accessors/Camera.js';
export * from './accessors/VertexColorNode.js';
export * from './accessors/CubeTextureNode.js';
export * from './accessors/InstanceNode.js';
export * from './accessors/BatchNode.js';
export * from './accessors/MaterialNode.js';
export * from './accessors/MaterialProperties.js';
export * from './accessors/MaterialReferenceNode.js';
export * from './accessors/RendererReferenceNode.js';
export * from './accessors/MorphNode.js';
export * from './accessors/TextureBicubic.js';
export * from './accessors/ModelNode.js';
export * from './accessors/ModelViewProjectionNode.js';
export * from './accessors/Normal.js';
export * from './accessors/Object3DNode.js';
export * from './accessors/PointUVNode.js';
export * from './accessors/Position.js';
export * from './accessors/ReferenceNode.js';
export * from './accessors/ReflectVector.js';
export * from './accessors/SkinningNode.js';
export * from './accessors/SceneNode.js';
export * from './accessors/StorageBufferNode.js';
export * from './accessors/Tangent.js';
export * from './accessors/TextureNode.js';
export * from './accessors/TextureSizeNode.js';
export * from './accessors/StorageTextureNode.js';
export * from './accessors/Texture3DNode.js';
export * from './accessors/UV.js';
export * from './accessors/UserDataNode.js';
export * from './accessors/VelocityNode.js';

// display
export * from './display/BlendMode.js';
export * from './display/BumpMapNode.js';
export * from './display/ColorAdjustment.js';
export * from './display/ColorSpaceNode.js';
export * from './display/FrontFacingNode.js';
export * from './display/NormalMapNode.js';
export * from './display/PosterizeNode.js';
export * from './display/ToneMappingNode.js';
export * from './display/ScreenNode.js';
export * from './display/ViewportTextureNode.js';
export * from './display/ViewportSharedTextureNode.js';
export * from './display/ViewportDepthTextureNode.js';
export * from './display/ViewportDepthNode.js';
export * from './display/RenderOutputNode.js';
export * from './display/ToonOutlinePassNode.js';

export * from './display/PassNode.js';

export * from './display/ColorSpaceFunctions.js';
export * from './display/ToneMappingFunctions.js';

// code
export * from './code/ExpressionNode.js';
export * from './code/CodeNode.js';
export * from './code/FunctionCallNode.js';
export * from './code/FunctionNode.js';
export * from './code/ScriptableNode.js';
export * from './code/ScriptableValueNode.js';

// fog
export * from './fog/FogNode.js';
export * from './fog/FogRangeNode.js';
export * from './fog/FogExp2Node.js';

// geometry
export * from './geometry/RangeNode.js';

// gpgpu
export * from './gpgpu/ComputeNode.js';
export * from './gpgpu/ComputeBuiltinNode.js';
export * from './gpgpu/BarrierNode.js';
export * from './gpgpu/WorkgroupInfoNode.js';
export * from './gpgpu/AtomicFunctionNode.js';

// lighting
export * from './accessors/Lights.js';
export * from './lighting/LightsNode.js';
export * from './lighting/LightingContextNode.js';
export * from './lighting/ShadowNode.js';
export * from './lighting/PointLightNode.js';

// pmrem
export * from './pmrem/PMREMNode.js';
export * from './pmrem/PMREMUtils.js';

// procedural
export * from './procedural/Checker.js';

// materialX
export * from './materialx/MaterialXNodes.js';

// functions
export { default as BRDF_GGX } from './functions/BSDF/BRDF_GGX.js';
export { default as BRDF_Lambert } from './functions/BSDF/BRDF_Lambert.js';
export { default as D_GGX } from './functions/BSDF/D_GGX.js';
export { default as DFGApprox } from './functions/BSDF/DFGApprox.js';
export { default as F_Schlick } from './functions/BSDF/F_Schlick.js';
export { default as Schlick_to_F0 } from './functions/BSDF/Schlick_to_F0.js';
export { default as V_GGX_SmithCorrelated } from './functions/BSDF/V_GGX_SmithCorrelated.js';

export * from './lighting/LightUtils.js';

export { default as getGeometryRoughness } from './functions/material/getGeometryRoughness.js';
export { default as getParallaxCorrectNormal } from './functions/material/getParallaxCorrectNormal.js';
export { default as getRoughness } from './functions/material/getRoughness.js';
export { default as getShIrradianceAt } from './functions/material/getShIrradianceAt.js';
