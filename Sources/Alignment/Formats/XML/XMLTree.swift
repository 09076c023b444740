import XMLShim

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A parsed XML or HTML tree, owned by this object and freed with it.
///
/// The one place `align` calls libxml2 (through `XMLShim`); the DOCX, HTML
/// and PDF front ends walk `XMLTree.Node`s and never see libxml2's types.
final class XMLTree {
  private let handle: UnsafeMutableRawPointer

  private init(handle: UnsafeMutableRawPointer) {
    self.handle = handle
  }

  deinit { xmlshim_free(handle) }

  /// Parses well-formed XML; no external entities, DTDs or network.
  ///
  /// The corresponding libxml2 function is `xmlReadMemory`.
  /// - Returns: The tree, or `nil` when the bytes are not well-formed XML.
  static func xml(_ bytes: some ContiguousBytes) -> XMLTree? {
    let handle = bytes.withUnsafeBytes { buffer -> UnsafeMutableRawPointer? in
      guard let base = buffer.baseAddress, buffer.count > 0 else { return nil }
      return xmlshim_parse_xml(base.assumingMemoryBound(to: CChar.self), buffer.count)
    }
    return handle.map(XMLTree.init(handle:))
  }

  /// Parses HTML as browsers do, recovering from errors.
  ///
  /// The corresponding libxml2 function is `htmlReadMemory`.
  /// - Parameter encoding: An IANA charset name, or `nil` to use the page's
  ///   own `meta` charset.
  static func html(_ bytes: some ContiguousBytes, encoding: String? = nil) -> XMLTree? {
    let handle = bytes.withUnsafeBytes { buffer -> UnsafeMutableRawPointer? in
      guard let base = buffer.baseAddress, buffer.count > 0 else { return nil }
      let chars = base.assumingMemoryBound(to: CChar.self)
      if let encoding { return xmlshim_parse_html(chars, buffer.count, encoding) }
      return xmlshim_parse_html(chars, buffer.count, nil)
    }
    return handle.map(XMLTree.init(handle:))
  }

  /// The root element.
  var root: Node? {
    xmlshim_root(handle).map { Node(pointer: $0, tree: self) }
  }

  /// The charset the document declared and was decoded from, if any.
  var declaredEncoding: String? {
    xmlshim_document_encoding(handle).map { String(cString: $0) }
  }

  /// libxml2's version number, such as "20914".
  static var version: String { String(cString: xmlshim_version()) }

  /// One node of the tree. It keeps its tree alive.
  struct Node {
    enum Kind { case element, text, other }

    fileprivate let pointer: UnsafeMutableRawPointer
    fileprivate let tree: XMLTree

    var kind: Kind {
      switch xmlshim_node_kind(pointer) {
      case Int32(XMLSHIM_ELEMENT): .element
      case Int32(XMLSHIM_TEXT), Int32(XMLSHIM_CDATA): .text
      default: .other
      }
    }

    /// The element's local name ("p" for `w:p`), lower-cased by libxml2's
    /// HTML parser; empty for other nodes.
    var name: String {
      guard kind == .element, let name = xmlshim_node_name(pointer) else { return "" }
      return String(cString: name)
    }

    /// The namespace prefix ("w" for `w:p`), if any.
    var prefix: String? {
      xmlshim_node_prefix(pointer).map { String(cString: $0) }
    }

    /// A text node's text.
    var content: String {
      xmlshim_node_content(pointer).map { String(cString: $0) } ?? ""
    }

    /// The attribute with this local name, whatever its namespace.
    func attribute(_ name: String) -> String? {
      guard kind == .element, let value = xmlshim_node_attribute(pointer, name) else { return nil }
      defer { xmlshim_string_free(value) }
      return String(cString: value)
    }

    var parent: Node? {
      xmlshim_node_parent(pointer).map { Node(pointer: $0, tree: tree) }
    }

    /// The child nodes, in document order.
    var children: Children { Children(first: xmlshim_node_first_child(pointer), tree: tree) }

    /// The child elements with this local name.
    func elements(named name: String) -> [Node] {
      children.filter { $0.kind == .element && $0.name == name }
    }

    /// The first child element with this local name.
    func element(named name: String) -> Node? {
      children.first { $0.kind == .element && $0.name == name }
    }

    /// All text below this node, in document order.
    ///
    /// - Complexity: O(*n*) in the size of the subtree; iterative, so a
    ///   deeply nested document cannot exhaust the stack.
    var textContent: String {
      var text = ""
      forEachDescendant { node in
        if node.kind == .text { text += node.content }
        return true
      }
      return text
    }

    /// Visits this node's descendants in document order, iteratively; the
    /// visitor returns `false` to skip a node's children.
    func forEachDescendant(_ visit: (Node) -> Bool) {
      var stack: [UnsafeMutableRawPointer] = []
      if let first = xmlshim_node_first_child(pointer) { stack.append(first) }
      while let current = stack.popLast() {
        if let next = xmlshim_node_next(current) { stack.append(next) }
        let node = Node(pointer: current, tree: tree)
        if visit(node), let child = xmlshim_node_first_child(current) { stack.append(child) }
      }
    }
  }

  /// The children of a node, as a sequence.
  struct Children: Sequence {
    fileprivate let first: UnsafeMutableRawPointer?
    fileprivate let tree: XMLTree

    func makeIterator() -> AnyIterator<Node> {
      var current = first
      let tree = self.tree
      return AnyIterator {
        guard let pointer = current else { return nil }
        current = xmlshim_node_next(pointer)
        return Node(pointer: pointer, tree: tree)
      }
    }
  }
}
