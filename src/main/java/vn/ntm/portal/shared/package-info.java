/** Value types and helpers every module may use. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ntm.portal.shared;
