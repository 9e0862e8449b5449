export * from './lookup-zip';
