package io.skillgate.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take the caller as a {@link SkillGateUser} parameter. */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().equals(SkillGateUser.class);
  }

  @Override
  public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
    Object user = webRequest.getAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    if (user == null) {
      // Only reachable if a controller is mapped outside the authenticated paths: fail closed.
      throw new IllegalStateException("no authenticated user for " + webRequest.getDescription(false));
    }
    return user;
  }
}
