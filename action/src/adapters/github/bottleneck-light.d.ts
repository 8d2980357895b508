// The throttling plugin bundles Bottleneck's light build; its types are the full package's.
declare module 'bottleneck/light.js' {
	import Bottleneck from 'bottleneck';
	export default Bottleneck;
}
