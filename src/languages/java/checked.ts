/**
 * Checked exceptions of the JDK, by simple name. A body cannot throw one without its method
 * declaring it (javac's rule), so one documented but neither declared nor thrown is stale: doclint's
 * "exception not thrown". Any other documented type may come from a callee unseen (an unchecked
 * exception, or a type whose hierarchy is unknown here) and is not reported.
 */
const CHECKED = new Set([
  'Exception', 'Throwable',
  'IOException', 'FileNotFoundException', 'EOFException', 'InterruptedIOException', 'UnsupportedEncodingException',
  'UTFDataFormatException', 'ObjectStreamException', 'InvalidObjectException', 'InvalidClassException',
  'NotSerializableException', 'StreamCorruptedException', 'CharacterCodingException', 'MalformedInputException',
  'UnmappableCharacterException', 'MalformedURLException', 'UnknownHostException', 'SocketException',
  'ConnectException', 'SocketTimeoutException', 'ZipException', 'FileSystemException', 'NoSuchFileException',
  'AccessDeniedException', 'FileAlreadyExistsException', 'DirectoryNotEmptyException', 'NotDirectoryException',
  'ClosedChannelException', 'SSLException', 'HttpTimeoutException',
  'InterruptedException', 'TimeoutException', 'ExecutionException', 'BrokenBarrierException',
  'ReflectiveOperationException', 'ClassNotFoundException', 'NoSuchMethodException', 'NoSuchFieldException',
  'IllegalAccessException', 'InstantiationException', 'InvocationTargetException', 'CloneNotSupportedException',
  'URISyntaxException', 'ParseException', 'GeneralSecurityException', 'NoSuchAlgorithmException',
  'InvalidKeyException', 'KeyStoreException', 'CertificateException', 'SignatureException',
  'SQLException', 'DataFormatException', 'BackingStoreException', 'PrivilegedActionException',
  'ScriptException', 'XMLStreamException', 'TransformerException', 'SAXException',
  'ParserConfigurationException', 'NamingException', 'RemoteException', 'LambdaConversionException',
  'StringConcatException', 'IllegalClassFormatException', 'UnmodifiableClassException', 'IntrospectionException',
]);

/** Whether `simpleName` is one of the JDK's checked exceptions. */
export function isKnownChecked(simpleName: string): boolean {
  return CHECKED.has(simpleName);
}
